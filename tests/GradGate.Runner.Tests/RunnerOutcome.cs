using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>What one runner process left behind: its exit code, its events and its two output streams.</summary>
internal sealed record RunnerOutcome(int ExitCode, IReadOnlyList<RunnerEvent> Events, string StandardOutput, string StandardError, string WorkingDirectory)
{
    public IEnumerable<string> Started => Events.Where(e => e.Event == RunnerEvent.Started).Select(e => e.CheckId!);

    public IEnumerable<string> Completed => Events.Where(e => e.Event == RunnerEvent.Completed).Select(e => e.CheckId!);

    public IEnumerable<CheckResult> Results => Events.Where(e => e.Event == RunnerEvent.Finished).Select(e => e.Result!);

    public IEnumerable<string> Logs => Events.Where(e => e.Event == RunnerEvent.Log).Select(e => e.Message!);

    /// <summary>The results reported for one requested check (several for a family).</summary>
    public IEnumerable<CheckResult> ResultsOf(string checkId)
        => Events.Where(e => e.Event == RunnerEvent.Finished && e.CheckId == checkId).Select(e => e.Result!);

    public CheckResult SingleResult(string checkId) => Assert.Single(ResultsOf(checkId));

    public Finding SingleFinding(string checkId) => Assert.Single(SingleResult(checkId).Findings);
}
