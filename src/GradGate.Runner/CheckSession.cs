using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using GradGate.Checking;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Runs the requested checks, up to <see cref="RunRequest.MaxParallelChecks"/> at a time in request order, each on its
/// own thread watched by its own timeout, and streams a <c>started</c> event, each result as soon as it exists, and a
/// <c>completed</c> event to the events file.
/// </summary>
/// <remarks>
/// After a check completes, process-wide state it changed (current directory, environment variables, cultures) is put
/// back as it was when the session began. Once a check has timed out, or anything has run out of memory, no further
/// check starts: the checks running beside it finish, and the runner ends so the task can run the rest in a new
/// process, free of the abandoned thread or the exhausted heap. When the heap runs out while several checks share it,
/// their results are withheld and the runner ends at once, since any of them may have starved another.
/// </remarks>
internal sealed class CheckSession(Assembly assembly, RunRequest request, EventStreamWriter events, CrashWitness witness, HeapExhaustionWatch heap)
{
    /// <summary>Generous for deeply recursive user code: a new thread's default stack is far smaller than the main thread's.</summary>
    private const int CheckThreadStackBytes = 16 * 1024 * 1024;

    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(request.Defaults.TimeoutSeconds);

    /// <summary>Not disposed: an abandoned check thread may still post to it after the runner has moved on.</summary>
    private readonly BlockingCollection<CheckSignal> _signals = new();

    /// <summary>Runs every check and returns the runner's exit code.</summary>
    public int RunAll()
    {
        var snapshot = ProcessStateSnapshot.Capture();
        var waiting = new Queue<CheckRequest>(request.Checks);
        var running = new List<RunningCheck>();
        var timedOut = 0;
        while (true)
        {
            while (timedOut == 0 && !heap.HasRunOut && running.Count < Math.Max(1, request.MaxParallelChecks) && waiting.TryDequeue(out var next))
            {
                running.Add(Start(next));
            }

            if (running.Count == 0)
            {
                break;
            }

            var signal = _signals.TryTake(out var taken, TimeUntilFirstDeadline(running)) ? taken : null;
            if (heap.HasRunOut && running.Count > 1)
            {
                return StopAfterSharedHeapRanOut(running);
            }

            if (signal is not null && running.Find(check => ReferenceEquals(check.Request, signal.Request)) is { } source)
            {
                if (signal.Result is { } result)
                {
                    events.Finished(source.Request.Id, result);
                    source.RestartClock();
                }
                else
                {
                    Complete(source, running, snapshot);
                }
            }

            foreach (var hung in running.Where(check => check.IsPastDeadline(_timeout)).ToList())
            {
                var identity = hung.Procedure.Current ?? CheckNaming.FromRequest(hung.Request);
                events.Finished(hung.Request.Id, UnjudgedResults.TimedOut(identity, request.Defaults.TimeoutSeconds));
                Complete(hung, running, snapshot);
                timedOut++;
            }
        }

        var ran = request.Checks.Count - waiting.Count;
        if (timedOut > 0)
        {
            events.Log($"stopped after {timedOut} check(s) timed out: {ran} of {request.Checks.Count} checks ran; the rest need a new runner process.");
            return RunnerExitCodes.AbandonedHungCheck;
        }

        if (heap.HasRunOut && waiting.Count > 0)
        {
            events.Log(
                $"stopped after a check ran out of memory (OutOfMemoryException): {ran} of {request.Checks.Count} checks ran; "
                + "the rest need a new runner process, as this runtime's heap was exhausted.");
            return RunnerExitCodes.RanOutOfMemory;
        }

        events.Log($"completed {request.Checks.Count} checks");
        return RunnerExitCodes.ChecksRan;
    }

    /// <summary>
    /// The heap ran out while several checks shared it: any of them may have been starved by another, so none of their
    /// results stands and none is blamed. Their results are not written and they are left unfinished, so the task runs
    /// them again one at a time, where only a check that runs out of memory alone is named.
    /// </summary>
    private int StopAfterSharedHeapRanOut(List<RunningCheck> running)
    {
        running.ForEach(check => witness.Finished(check.Request.Id));
        events.Log(
            $"stopped when the heap ran out (OutOfMemoryException) while checks {string.Join(", ", running.Select(check => $"'{check.Request.Id}'"))} "
            + "ran side by side on it: none is blamed, and they need a new runner process, one at a time.");
        return RunnerExitCodes.RanOutOfMemory;
    }

    private RunningCheck Start(CheckRequest check)
    {
        events.Started(check.Id);
        witness.Running(check.Id);
        var procedure = new CheckProcedure(assembly, request.Defaults, result => _signals.Add(new CheckSignal(check, result)));
        var thread = new Thread(
            () =>
            {
                try
                {
                    procedure.Run(check);
                }
                finally
                {
                    _signals.Add(new CheckSignal(check, Result: null));
                }
            },
            CheckThreadStackBytes)
        {
            IsBackground = true,
            Name = $"GradGate check {check.Id}",
        };
        thread.Start();
        return new RunningCheck(check, procedure);
    }

    /// <summary>Ends a check's part in the session, finished or abandoned, and restores the process state it may have changed.</summary>
    private void Complete(RunningCheck check, List<RunningCheck> running, ProcessStateSnapshot snapshot)
    {
        running.Remove(check);
        events.Completed(check.Request.Id);
        witness.Finished(check.Request.Id);
        var restored = snapshot.Restore();
        if (restored.Count > 0)
        {
            var beside = running.Count == 0 ? "" : $" (with {string.Join(", ", running.Select(other => $"'{other.Request.Id}'"))} running beside it)";
            events.Log($"check '{check.Request.Id}'{beside} changed {string.Join("; ", restored)}; restored before the next check.");
        }
    }

    private TimeSpan TimeUntilFirstDeadline(List<RunningCheck> running)
    {
        var remaining = running.Min(check => _timeout - check.SinceLastProgress);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>A result of the check <paramref name="Request"/> (by reference), or with no result, word that its procedure returned.</summary>
    private sealed record CheckSignal(CheckRequest Request, CheckResult? Result);

    /// <summary>A check in flight: what was asked, the procedure working on it, and when it last made progress.</summary>
    private sealed class RunningCheck(CheckRequest request, CheckProcedure procedure)
    {
        private long _lastProgress = Stopwatch.GetTimestamp();

        public CheckRequest Request { get; } = request;

        public CheckProcedure Procedure { get; } = procedure;

        public TimeSpan SinceLastProgress => Stopwatch.GetElapsedTime(_lastProgress);

        /// <summary>The timeout applies to every member of a family on its own: it restarts with each result.</summary>
        public void RestartClock() => _lastProgress = Stopwatch.GetTimestamp();

        public bool IsPastDeadline(TimeSpan timeout) => SinceLastProgress >= timeout;
    }
}
