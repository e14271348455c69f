using GradGate.Results;
using GradGate.Gate.Discovery;

namespace GradGate.Gate.Running;

/// <summary>
/// Gathers the results of the requested checks over as many runner processes as it takes. After each process it
/// turns the check that was in flight when the process died (started, not completed) into a named crash (or
/// watchdog) result, and decides whether another process should run the checks still pending. When several checks
/// were in flight, nothing tells which one ended the process: none is blamed, and the next process runs one check at
/// a time (<see cref="RunsOneCheckAtATime"/>) so the one that does it again is named. Every process it asks for
/// either brings at least one new result, or is the first to run one check at a time, or ends the run, so the loop
/// that drives it ends.
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

    /// <summary>True once a process died with several checks in flight: every later process runs one check at a time.</summary>
    public bool RunsOneCheckAtATime { get; private set; }

    /// <summary>The checks with no result yet, in request order: what the next runner process is given.</summary>
    public IReadOnlyList<DiscoveredCheck> Pending => _checks.Where(check => !_results.ContainsKey(check.Id)).ToList();

    public IReadOnlyList<Finding> RunFindings => _runFindings;

    /// <summary>The results of one check in the order they arrived: one, or one per member of a family.</summary>
    public IReadOnlyList<CheckResult> ResultsOf(DiscoveredCheck check)
        => _results.TryGetValue(check.Id, out var results) ? results : [];

    /// <summary>The results gathered and the checks done, which grows with every process that makes progress.</summary>
    private int Progress => _results.Count + _results.Values.Sum(results => results.Count);

    /// <summary>Takes in the events of one runner process and how it ended.</summary>
    public void Absorb(IReadOnlyList<RunnerEvent> events, RunnerExit exit)
    {
        var byId = Pending.ToDictionary(check => check.Id, StringComparer.Ordinal);
        var resultCountBefore = Progress;
        var inFlight = new List<DiscoveredCheck>();
        var notes = new Dictionary<DiscoveredCheck, List<string>>();
        foreach (var runnerEvent in events)
        {
            if (runnerEvent.Event == RunnerEvent.Log && runnerEvent.Message is { } note)
            {
                inFlight.ForEach(check => notes[check].Add(note));
            }

            if (runnerEvent.CheckId is not { } checkId || !byId.TryGetValue(checkId, out var check))
            {
                continue;
            }

            switch (runnerEvent.Event)
            {
                case RunnerEvent.Started:
                    inFlight.Add(check);
                    notes[check] = [];
                    break;
                case RunnerEvent.Finished when runnerEvent.Result is { } result:
                    Add(check, result);
                    break;
                case RunnerEvent.Completed:
                    inFlight.Remove(check);
                    if (check.MemberPatterns is not null && !_results.ContainsKey(check.Id))
                    {
                        // A family none of whose members the filter selects is done with no result.
                        _results.Add(check.Id, []);
                    }

                    break;
            }
        }

        if (exit.Kind == RunnerExitKind.Exited && exit.ExitCode == RunnerExitCodes.RunnerFailed)
        {
            _runFindings.Add(SyntheticResults.RunnerFailed(exit, Pending));
            IsFinished = true;
            return;
        }

        var isolating = RecordInterruptedChecks(inFlight, notes, exit);
        if (Pending.Count == 0)
        {
            IsFinished = true;
        }
        else if (Progress == resultCountBefore && !isolating)
        {
            _runFindings.Add(SyntheticResults.NoProgress(exit, Pending));
            IsFinished = true;
        }
    }

    /// <param name="inFlight">The checks started and not completed when the process ended.</param>
    /// <param name="notes">The runner's log lines written while each check was in flight: its last words when it ends the process.</param>
    /// <returns>True when this process's checks in flight are left for a next process that runs one check at a time.</returns>
    private bool RecordInterruptedChecks(List<DiscoveredCheck> inFlight, Dictionary<DiscoveredCheck, List<string>> notes, RunnerExit exit)
    {
        if (inFlight.Count > 1 && !RunsOneCheckAtATime)
        {
            // Their results so far are dropped: run again alone, each check gives them again, and all of them.
            inFlight.ForEach(check => _results.Remove(check.Id));
            RunsOneCheckAtATime = true;
            return true;
        }

        foreach (var check in inFlight)
        {
            var finished = ResultsOf(check).Count;
            Add(check, SyntheticResults.Interrupted(check, exit, finished, notes[check]));
        }

        return false;
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
