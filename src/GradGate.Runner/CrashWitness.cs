using GradGate.Checking;

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
        var running = RunningCheckIds();
        if (running.Count > 0)
        {
            var culprit = running.Count == 1 ? "the check" : "one of them";
            _events.Log($"the runner process is exiting with code {Environment.ExitCode} while {Describe(running)}: {culprit} ended the process (Environment.Exit?).");
        }
    }

    private void OnUnhandledException(object exception)
    {
        var running = RunningCheckIds();
        if (running.Count > 0)
        {
            var description = exception is Exception thrown ? ExceptionSummary.Describe(thrown) : exception.ToString();
            _events.Log($"an unhandled exception ends the runner process while {Describe(running)}: {description}");
        }
    }

    private List<string> RunningCheckIds()
    {
        lock (_runningCheckIds)
        {
            return [.. _runningCheckIds];
        }
    }

    /// <summary><c>check 'A' runs</c>, or <c>checks 'A', 'B' run</c>.</summary>
    private static string Describe(IReadOnlyList<string> checkIds)
        => checkIds.Count == 1 ? $"check '{checkIds[0]}' runs" : $"checks {string.Join(", ", checkIds.Select(id => $"'{id}'"))} run";
}
