namespace GradGate.Runner;

/// <summary>
/// Leaves a last word in the events file when the process ends while checks run in a way that still runs managed
/// handlers (Environment.Exit, an unhandled exception on a thread a check started), so the task can say how a check
/// ended the runner. FailFast and stack overflow leave no word: the missing result says it.
/// </summary>
internal sealed class CrashWitness
{
    private readonly EventStreamWriter _events;
    private readonly List<string> _runningCheckIds = [];

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

    public void Running(string checkId)
    {
        lock (_runningCheckIds)
        {
            _runningCheckIds.Add(checkId);
        }
    }

    /// <summary>The check has completed or is abandoned: the process may end without it.</summary>
    public void Finished(string checkId)
    {
        lock (_runningCheckIds)
        {
            _runningCheckIds.Remove(checkId);
        }
    }

    private void OnProcessExit()
    {
        if (RunningChecks() is { } checks)
        {
            _events.Log($"the runner process is exiting with code {Environment.ExitCode} while {checks}: the check ended the process (Environment.Exit?).");
        }
    }

    private void OnUnhandledException(object exception)
    {
        if (RunningChecks() is { } checks)
        {
            var description = exception is Exception thrown ? ExceptionSummary.Describe(thrown) : exception.ToString();
            _events.Log($"an unhandled exception ends the runner process while {checks}: {description}");
        }
    }

    /// <summary><c>check 'A' runs</c>, <c>checks 'A', 'B' run</c>, or null when none does.</summary>
    private string? RunningChecks()
    {
        lock (_runningCheckIds)
        {
            return _runningCheckIds.Count switch
            {
                0 => null,
                1 => $"check '{_runningCheckIds[0]}' runs",
                _ => $"checks {string.Join(", ", _runningCheckIds.Select(id => $"'{id}'"))} run",
            };
        }
    }
}
