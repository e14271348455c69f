using GradGate.Gate.Filtering;
using GradGate.Results;

namespace GradGate.Gate.Merging;

/// <summary>
/// Combines the JSON reports of the shards of one project and framework (<c>GradGateShard=k/n</c>, one per job of a CI
/// matrix) into the run an unsharded build would have reported: every check once, the run's own findings once, the
/// earliest start and the longest shard's duration (the shards ran side by side). Checks are ordered by where they are
/// declared, as discovery orders them within a file. A shard missing from the reports, or given twice, is a GG0012 error
/// in the merged run, since a CI job that lost a shard must not pass; so are reports of different projects or frameworks.
/// </summary>
internal static class ShardMerge
{
    public static RunResult Merge(IReadOnlyList<RunResult> shards)
    {
        if (shards.Count == 0)
        {
            throw new ArgumentException("There is nothing to merge.", nameof(shards));
        }

        var first = shards[0];
        var merged = new RunResult
        {
            SchemaVersion = first.SchemaVersion,
            ToolVersion = first.ToolVersion,
            AssemblyPath = first.AssemblyPath,
            AssemblyName = first.AssemblyName,
            TargetFramework = first.TargetFramework,
            ProjectPath = first.ProjectPath,
            StartedAtUtc = shards.Min(shard => shard.StartedAtUtc),
            DurationSeconds = shards.Max(shard => shard.DurationSeconds),
            Settings = first.Settings,
            Filter = first.Filter,
            Checks = shards.SelectMany(shard => shard.Checks)
                .GroupBy(check => check.Id, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(check => check.Source?.File ?? "\uffff", StringComparer.Ordinal)
                .ThenBy(check => check.Source?.Line ?? int.MaxValue)
                .ToList(),
            RunFindings = shards.SelectMany(shard => shard.RunFindings)
                .GroupBy(finding => (finding.Code, finding.Severity, finding.Message))
                .Select(group => group.First())
                .ToList(),
        };
        merged.RunFindings.AddRange(Problems(shards));
        return merged;
    }

    /// <summary>What makes the reports not the shards of one run: other projects or frameworks, a shard twice or missing.</summary>
    private static IEnumerable<Finding> Problems(IReadOnlyList<RunResult> shards)
    {
        var origins = shards.Select(shard => $"{shard.AssemblyName} ({shard.TargetFramework ?? "no framework"})").Distinct(StringComparer.Ordinal).ToList();
        if (origins.Count > 1)
        {
            yield return Error($"The reports are of different projects or frameworks ({string.Join(", ", origins)}): merge the shards of one project "
                + "and framework at a time, each into its own folder.");
        }

        var parsed = shards.Select(shard => shard.Shard is null ? null : CheckShard.Parse(shard.Shard)).ToList();
        if (parsed.Any(shard => shard is null))
        {
            if (shards.Count > 1)
            {
                yield return Error("Some reports are of unsharded runs (no GradGateShard): each already holds every check, so there is nothing to merge "
                    + "them with. Merge the reports of the jobs that set GradGateShard=k/n.");
            }

            yield break;
        }

        var counts = parsed.Select(shard => shard!.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            yield return Error($"The reports split the checks into different numbers of shards ({string.Join(", ", shards.Select(shard => shard.Shard))}): "
                + "merge the reports of one job matrix, every job with the same n in GradGateShard=k/n.");
            yield break;
        }

        var count = counts[0];
        var twice = parsed.GroupBy(shard => shard!.Index).Where(group => group.Count() > 1).Select(group => Shard(group.Key, count)).ToList();
        if (twice.Count > 0)
        {
            yield return Error($"Shard {string.Join(", ", twice)} is given more than once: give each job's report once.");
        }

        var missing = Enumerable.Range(1, count).Except(parsed.Select(shard => shard!.Index)).Select(index => Shard(index, count)).ToList();
        if (missing.Count > 0)
        {
            yield return Error($"The report of shard {string.Join(", ", missing)} is missing, so the checks of that job have no verdict here. "
                + "Download every shard's report (a job that failed before it wrote one must be run again), or merge the reports that exist "
                + "knowing they are not the whole run.");
        }
    }

    private static string Shard(int index, int count) => new CheckShard(index, count).ToString();

    private static Finding Error(string message) => new() { Code = DiagnosticCodes.BadConfiguration, Severity = Severity.Error, Message = message };
}
