using GradGate.Results;
using GradGate.Tasks.Discovery;

namespace GradGate.Tasks.Running;

/// <summary>
/// Gathers the results of the requested checks over as many runner processes as it takes. After each
/// process it turns a check that started but has no result into a named crash (or watchdog) result, and
/// decides whether another process should run the checks still pending. Every process it asks for either
/// brings at least one new result or ends the run, so the loop that drives it ends.
/// </summary>
internal sealed class ResultCollector
{
    private readonly IReadOnlyList<DiscoveredCheck> _checks;
    private readonly Dictionary<string, List<CheckResult>> _results = new(StringComparer.Ordinal);
    private readonly List<Finding> _runFindings = [];

    public ResultCollector(IReadOnlyList<DiscoveredCheck> checks)
    {
        _checks = checks;
        IsFinished = checks.Count == 0;
    }

    /// <summary>True when every check has a result or no further runner process could make progress.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>The checks with no result yet, in request order: what the next runner process is given.</summary>
    public IReadOnlyList<DiscoveredCheck> Pending => _checks.Where(check => !_results.ContainsKey(check.Id)).ToList();

    public IReadOnlyList<Finding> RunFindings => _runFindings;

    /// <summary>The results of one check in the order they arrived: one, or one per member of a family.</summary>
    public IReadOnlyList<CheckResult> ResultsOf(DiscoveredCheck check)
        => _results.TryGetValue(check.Id, out var results) ? results : [];

    /// <summary>Takes in the events of one runner process and how it ended.</summary>
    public void Absorb(IReadOnlyList<RunnerEvent> events, RunnerExit exit)
    {
        var pendingBefore = Pending;
        var resultCountBefore = _results.Values.Sum(results => results.Count);
        var byId = pendingBefore.ToDictionary(check => check.Id, StringComparer.Ordinal);
        var started = new List<DiscoveredCheck>();
        var notes = new Dictionary<DiscoveredCheck, List<string>>();
        foreach (var runnerEvent in events)
        {
            if (runnerEvent.Event == RunnerEvent.Log && started.Count > 0 && runnerEvent.Message is { } note)
            {
                notes[started[started.Count - 1]].Add(note);
            }

            if (runnerEvent.CheckId is not { } checkId || !byId.TryGetValue(checkId, out var check))
            {
                continue;
            }

            if (runnerEvent.Event == RunnerEvent.Started)
            {
                started.Add(check);
                notes[check] = [];
            }
            else if (runnerEvent.Event == RunnerEvent.Finished && runnerEvent.Result is { } result)
            {
                Add(check, result);
            }
        }

        if (exit.Kind == RunnerExitKind.Exited && exit.ExitCode == RunnerExitCodes.RunnerFailed)
        {
            _runFindings.Add(SyntheticResults.RunnerFailed(exit, Pending));
            IsFinished = true;
            return;
        }

        RecordInterruptedChecks(started, notes, exit);
        if (Pending.Count == 0)
        {
            IsFinished = true;
        }
        else if (_results.Values.Sum(results => results.Count) == resultCountBefore)
        {
            _runFindings.Add(SyntheticResults.NoProgress(exit, Pending));
            IsFinished = true;
        }
    }

    /// <param name="notes">The runner's log lines written while each check ran: its last words when a check ends the process.</param>
    private void RecordInterruptedChecks(
        IReadOnlyList<DiscoveredCheck> started,
        IReadOnlyDictionary<DiscoveredCheck, List<string>> notes,
        RunnerExit exit)
    {
        foreach (var check in started.Where(check => ResultsOf(check).Count == 0))
        {
            Add(check, SyntheticResults.Interrupted(check, exit, finishedTargets: 0, notes[check]));
        }

        // A family whose process died between two of its members has results, but not all of them: the
        // check that started last was running when the process ended, unless it ended as the runner planned.
        var endedAsPlanned = exit.Kind == RunnerExitKind.Exited
            && exit.ExitCode is RunnerExitCodes.ChecksRan or RunnerExitCodes.AbandonedHungCheck;
        if (!endedAsPlanned && started.Count > 0)
        {
            var last = started[started.Count - 1];
            var finished = ResultsOf(last).Count(result => result.Id != last.Id);
            if (finished > 0 && finished == ResultsOf(last).Count)
            {
                Add(last, SyntheticResults.Interrupted(last, exit, finished, notes[last]));
            }
        }
    }

    private void Add(DiscoveredCheck check, CheckResult result)
    {
        if (!_results.TryGetValue(check.Id, out var results))
        {
            results = [];
            _results.Add(check.Id, results);
        }

        if (result.Id.Length == 0)
        {
            result.Id = check.Id;
        }

        results.Add(result);
    }
}
