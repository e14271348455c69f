using System.Collections.Concurrent;
using System.Reflection;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Runs the requested checks in order, each on its own background thread watched by a timeout, and
/// streams a <c>started</c> event and then each result to the events file as soon as it exists.
/// </summary>
internal sealed class CheckSession(Assembly assembly, RunRequest request, EventStreamWriter events, CrashWitness witness)
{
    /// <summary>Generous for deeply recursive user code: a new thread's default stack is far smaller than the main thread's.</summary>
    private const int CheckThreadStackBytes = 16 * 1024 * 1024;

    /// <summary>Runs every check and returns the runner's exit code.</summary>
    public int RunAll()
    {
        var checks = request.Checks;
        for (var index = 0; index < checks.Count; index++)
        {
            var check = checks[index];
            events.Started(check.Id);
            witness.Running(check.Id);
            var finished = RunWithTimeout(check);
            witness.Idle();
            if (!finished)
            {
                events.Log($"stopped after check '{check.Id}' timed out: {index + 1} of {checks.Count} checks ran; the rest need a new runner process.");
                return RunnerExitCodes.AbandonedHungCheck;
            }
        }

        events.Log($"completed {checks.Count} checks");
        return RunnerExitCodes.ChecksRan;
    }

    /// <summary>
    /// True when the check finished; false when it ran past the timeout, which is reported as its result
    /// while its thread is abandoned. The timeout restarts with each result, so it applies to every member
    /// of a family on its own.
    /// </summary>
    private bool RunWithTimeout(CheckRequest check)
    {
        var snapshot = ProcessStateSnapshot.Capture();

        // Not disposed: an abandoned check thread may still add to it after the runner has moved on.
        var results = new BlockingCollection<CheckResult>();
        var procedure = new CheckProcedure(assembly, request.Defaults, results.Add);
        var thread = new Thread(
            () =>
            {
                try
                {
                    procedure.Run(check);
                }
                finally
                {
                    results.CompleteAdding();
                }
            },
            CheckThreadStackBytes)
        {
            IsBackground = true,
            Name = $"GradGate check {check.Id}",
        };
        thread.Start();

        var timeout = TimeSpan.FromSeconds(request.Defaults.TimeoutSeconds);
        while (results.TryTake(out var result, timeout))
        {
            events.Finished(check.Id, result);
        }

        if (!results.IsCompleted)
        {
            var hungIdentity = procedure.Current ?? CheckNaming.FromRequest(check);
            events.Finished(check.Id, RunnerResults.TimedOut(hungIdentity, request.Defaults.TimeoutSeconds));
            return false;
        }

        var restored = snapshot.Restore();
        if (restored.Count > 0)
        {
            events.Log($"check '{check.Id}' changed {string.Join("; ", restored)}; restored before the next check.");
        }

        return true;
    }
}
