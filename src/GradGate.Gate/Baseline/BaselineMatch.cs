using GradGate.Results;

namespace GradGate.Gate.Baseline;

/// <summary>
/// Which findings of a run a baseline covers, and which of its entries cover nothing. Only the warnings and errors
/// of checks that ran can be baselined: findings about the run itself (configuration, runtime, no targets) and
/// messages never are. An entry is stale when it applies to this target framework and its check ran (or, with no
/// GradGateFilter or GradGateShard in force, no longer exists) but no finding matched it; an entry of a check that was
/// filtered out, in another shard, or skipped is not judged.
/// </summary>
internal sealed class BaselineMatch
{
    private BaselineMatch(IReadOnlyList<(int Check, int Finding)> covered, IReadOnlyList<LocatedEntry> stale)
    {
        Covered = covered;
        Stale = stale;
    }

    /// <summary>The covered findings, as indexes into <see cref="RunResult.Checks"/> and each check's findings.</summary>
    public IReadOnlyList<(int Check, int Finding)> Covered { get; }

    public IReadOnlyList<LocatedEntry> Stale { get; }

    public static BaselineMatch Of(RunResult run, IReadOnlyList<LocatedEntry> entries, string? targetFramework)
    {
        var applicable = entries.Where(located => located.Entry.AppliesTo(targetFramework)).ToList();
        var used = new HashSet<LocatedEntry>();
        var covered = new List<(int, int)>();
        for (var checkIndex = 0; checkIndex < run.Checks.Count; checkIndex++)
        {
            var check = run.Checks[checkIndex];
            if (check.Verdict == Verdict.Skipped)
            {
                continue;
            }

            for (var findingIndex = 0; findingIndex < check.Findings.Count; findingIndex++)
            {
                var finding = check.Findings[findingIndex];
                var entry = finding.Severity == Severity.Message
                    ? null
                    : applicable.FirstOrDefault(located => located.Entry.Matches(check, finding));
                if (entry is not null)
                {
                    used.Add(entry);
                    covered.Add((checkIndex, findingIndex));
                }
            }
        }

        var stale = applicable.Where(located => !used.Contains(located) && IsJudged(run, located.Entry)).ToList();
        return new BaselineMatch(covered, stale);
    }

    private static bool IsJudged(RunResult run, BaselineEntry entry)
    {
        var check = run.Checks.FirstOrDefault(candidate => string.Equals(candidate.Id, entry.Check, StringComparison.Ordinal));
        return check is null ? string.IsNullOrWhiteSpace(run.Filter) && string.IsNullOrWhiteSpace(run.Shard) : check.Verdict != Verdict.Skipped;
    }
}
