using GradGate.Results;

namespace GradGate.Gate.Baseline;

/// <summary>
/// Builds a project's one baseline from the findings of each of its target frameworks. Each inner build of a
/// multi-targeted project regenerates only its own framework's part: the file's entries are spread back out per
/// framework, this framework's part is replaced, and the result is folded again, an entry found in every framework
/// written once without a framework and any other once per framework that has it. The outcome does not depend on
/// the order the inner builds finish in.
/// </summary>
internal static class BaselineMerge
{
    /// <summary>The warnings and errors of the checks that ran, keyed as baseline entries for every framework.</summary>
    public static IReadOnlyCollection<BaselineEntry> EntriesOf(RunResult run)
        => run.Checks
            .Where(check => check.Verdict != Verdict.Skipped)
            .SelectMany(check => check.Findings
                .Where(finding => finding.Severity != Severity.Message)
                .Select(finding => BaselineEntry.Of(check, finding)))
            .Distinct()
            .ToList();

    /// <param name="existing">The entries in the file now; any for a framework the project no longer checks are dropped.</param>
    /// <param name="current">This framework's findings, without a framework.</param>
    /// <param name="targetFramework">The framework being regenerated.</param>
    /// <param name="checkedFrameworks">Every framework of the project that GradGate checks, this one included.</param>
    public static IReadOnlyList<BaselineEntry> Merge(
        IEnumerable<BaselineEntry> existing,
        IReadOnlyCollection<BaselineEntry> current,
        string targetFramework,
        IReadOnlyCollection<string> checkedFrameworks)
    {
        var frameworks = checkedFrameworks.Append(targetFramework).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (frameworks.Count == 1)
        {
            return current.ToList();
        }

        var perFramework = frameworks.ToDictionary(
            framework => framework,
            framework => new HashSet<BaselineEntry>(existing.Where(entry => entry.AppliesTo(framework)).Select(entry => entry.For(null))),
            StringComparer.OrdinalIgnoreCase);
        perFramework[targetFramework] = [.. current];

        var everywhere = perFramework.Values.Aggregate((left, right) => [.. left.Intersect(right)]);
        return everywhere
            .Concat(perFramework.SelectMany(part => part.Value.Where(entry => !everywhere.Contains(entry)).Select(entry => entry.For(part.Key))))
            .ToList();
    }
}
