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

    /// <summary>Runs engine code that reads what a closure returned (a user's dictionary or list may throw too).</summary>
    public static TResult Read<TResult>(string closure, string activity, Func<TResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not CheckAbortedException)
        {
            throw Threw(closure, activity, exception);
        }
    }

    private static CheckAbortedException Threw(string closure, string activity, Exception exception)
        => new(
            new Finding
            {
                Code = DiagnosticCodes.CheckThrew,
                Severity = Severity.Error,
                Message = $"The {closure} threw {exception.GetType().FullName} {activity}: {exception.Message} "
                    + $"The check could not be judged: make the {closure} run without throwing at the check's point "
                    + "(and at points one step away from it).",
            },
            exception);
}
