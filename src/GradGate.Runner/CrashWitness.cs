namespace GradGate.Runner;

/// <summary>
/// Leaves a last word in the events file when the process ends in the middle of a check in a way that
/// still runs managed handlers (Environment.Exit, an unhandled exception on a thread the check started),
/// so the task can say how the check ended the runner. FailFast and stack overflow leave no word: the
/// missing result says it.
/// </summary>
internal sealed class CrashWitness
{
    private readonly EventStreamWriter _events;
    private volatile string? _runningCheckId;

    private CrashWitness(EventStreamWriter events)
    {
        _events = events;
    }

    public static CrashWitness Watch(EventStreamWriter events)
    {
        var witness = new CrashWitness(events);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => witness.OnProcessExit();
        AppDomain.CurrentDomain.UnhandledException += (_, arguments) => witness.OnUnhandledException(arguments.ExceptionObject);
        return witness;
    }

    public void Running(string checkId) => _runningCheckId = checkId;

    /// <summary>No check is running, or the one that was is abandoned: the process may end quietly.</summary>
    public void Idle() => _runningCheckId = null;

    private void OnProcessExit()
    {
        if (_runningCheckId is { } checkId)
        {
            _events.Log($"the runner process is exiting with code {Environment.ExitCode} while check '{checkId}' runs: the check ended the process (Environment.Exit?).");
        }
    }

    private void OnUnhandledException(object exception)
    {
        if (_runningCheckId is { } checkId)
        {
            var description = exception is Exception thrown ? ExceptionSummary.Describe(thrown) : exception.ToString();
            _events.Log($"an unhandled exception ends the runner process while check '{checkId}' runs: {description}");
        }
    }
}
