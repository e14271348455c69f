using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// Every call into a target's closures goes through here: it is counted, and an exception it throws
/// becomes a <see cref="DiagnosticCodes.CheckThrew"/> finding that names the closure and what the check
/// was doing, with the exception's type and message.
/// </summary>
internal static class ClosureCalls
{
    public static TResult Invoke<TResult>(CheckContext context, string closure, string activity, Func<TResult> function)
    {
        context.Evaluations++;
        try
        {
            return function();
        }
        catch (Exception exception)
        {
            throw Threw(closure, activity, exception);
        }
    }

    public static TResult Invoke<TArgument, TResult>(
        CheckContext context, string closure, string activity, Func<TArgument, TResult> function, TArgument argument)
    {
        context.Evaluations++;
        try
        {
            return function(argument);
        }
        catch (Exception exception)
        {
            throw Threw(closure, activity, exception);
        }
    }

    public static TResult Invoke<TFirst, TSecond, TResult>(
        CheckContext context, string closure, string activity, Func<TFirst, TSecond, TResult> function, TFirst first, TSecond second)
    {
        context.Evaluations++;
        try
        {
            return function(first, second);
        }
        catch (Exception exception)
        {
            throw Threw(closure, activity, exception);
        }
    }

    /// <summary>Runs engine code that reads what a closure returned: a user's own dictionary or list type may throw too.</summary>
    /// <param name="result">What was read, for the message: <c>dictionary the gradient closure returned</c>.</param>
    public static TResult Read<TResult>(string result, Func<TResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not CheckAbortedException)
        {
            throw Threw(result, "while GradGate read it", exception);
        }
    }

    private static CheckAbortedException Threw(string culprit, string activity, Exception exception)
        => new(
            new Finding
            {
                Code = DiagnosticCodes.CheckThrew,
                Severity = Severity.Error,
                Message = $"The {culprit} threw {exception.GetType().FullName} {activity} with the message \"{exception.Message}\". "
                    + $"The check could not be judged: make the {culprit} work without throwing at the check's point and one step away from it.",
            },
            exception);
}
