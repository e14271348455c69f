using System.Globalization;
using GradGate.Results;
using GradGate.Reports;

namespace GradGate.Gate.BuildLog;

/// <summary>
/// The one line a build prints for a run, such as
/// <c>GradGate: 9 checks, 8 passed, 1 failed (Checks.Loss: W1 relative error 3.3e-01) in 0.4 s - Net (net10.0)</c>: how many
/// checks ended each way, the check to look at first (the smallest failed one, else the worst) with the worst figure of its
/// worst block, and which project and target framework ran them (a
/// solution build prints a line per project and framework, which would otherwise read alike, as VSTest's lines name
/// their assembly and framework).
/// </summary>
internal static class RunSummary
{
    private static readonly (Verdict Verdict, string Word)[] Outcomes =
    [
        (Verdict.Warning, "with warnings"),
        (Verdict.Failed, "failed"),
        (Verdict.Error, "errored"),
        (Verdict.Skipped, "skipped"),
    ];

    /// <summary>Which unsuccessful check the summary names: a wrong gradient before one that could not be judged, before a warning.</summary>
    private static readonly Verdict[] WorstVerdictsFirst = [Verdict.Failed, Verdict.Error, Verdict.Warning];

    public static string Describe(RunResult run)
    {
        var parts = new List<string> { Figures.Count(run.Checks.Count, "check", "checks") };
        if (run.Checks.Count > 0)
        {
            parts.Add($"{Number(run.Checks.Count(check => check.Verdict == Verdict.Passed))} passed");
        }

        foreach (var (verdict, word) in Outcomes)
        {
            var count = run.Checks.Count(check => check.Verdict == verdict);
            if (count > 0)
            {
                parts.Add($"{Number(count)} {word}");
            }
        }

        var worst = WorstDetail(run);
        var duration = run.DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"GradGate: {string.Join(", ", parts)}{(worst is null ? "" : $" ({worst})")} in {duration} s{Origin(run)}";
    }

    /// <summary>" - Net (net10.0)": the project's name (the assembly's when no project is known) and the framework, when known.</summary>
    private static string Origin(RunResult run)
    {
        var name = string.IsNullOrEmpty(run.ProjectPath) ? run.AssemblyName : Path.GetFileNameWithoutExtension(run.ProjectPath);
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        return string.IsNullOrEmpty(run.TargetFramework) ? $" - {name}" : $" - {name} ({run.TargetFramework})";
    }

    private static string? WorstDetail(RunResult run)
    {
        var worst = WorstVerdictsFirst
            .Select(verdict => run.Checks
                .Where(check => check.Verdict == verdict)
                .OrderBy(check => verdict == Verdict.Failed ? SmallestFirst.Key(check) : 0)
                .ThenByDescending(check => WorstFirst.Key(check.RelativeError))
                .FirstOrDefault())
            .FirstOrDefault(check => check is not null);
        if (worst is null)
        {
            return null;
        }

        var block = worst.Blocks
            .Where(candidate => candidate.RelativeError is not null)
            .OrderByDescending(candidate => WorstFirst.Key(candidate.RelativeError))
            .FirstOrDefault();
        if (block is not null)
        {
            return $"{DiagnosticText.CheckName(worst)}: {block.Name} relative error {Figure(block.RelativeError!.Value)}";
        }

        if (worst.RelativeError is { } relativeError)
        {
            return $"{DiagnosticText.CheckName(worst)} relative error {Figure(relativeError)}";
        }

        var finding = worst.Findings.OrderByDescending(candidate => candidate.Severity).FirstOrDefault();
        return finding is null ? DiagnosticText.CheckName(worst) : $"{DiagnosticText.CheckName(worst)}: {finding.Code}";
    }

    private static string Figure(double value)
        => double.IsNaN(value) || double.IsInfinity(value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.0e+00", CultureInfo.InvariantCulture);

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
