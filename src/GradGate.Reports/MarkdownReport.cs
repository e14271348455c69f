using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// <c>gradgate.md</c>, also appended to the GitHub job summary: a heading with the totals, one table row per
/// check, then the details of every check that failed, errored or warned. Every string from the run is escaped.
/// </summary>
internal sealed class MarkdownReport : IReport
{
    public string FormatName => ReportFormats.Markdown;

    public string FileName => "gradgate.md";

    public string Render(RunResult run)
    {
        var markdown = new StringBuilder();
        markdown.Append("## ").Append(Heading(run)).Append("\n\n");
        AppendList(markdown, run.RunFindings.Select(CheckText.FindingLine));
        AppendChecksTable(markdown, run.Checks);
        AppendSkipped(markdown, run.Checks);
        foreach (var check in run.Checks.Where(check => check.Verdict is Verdict.Failed or Verdict.Error or Verdict.Warning))
        {
            AppendDetails(markdown, check);
        }

        return markdown.ToString();
    }

    internal static string Heading(RunResult run)
    {
        var counts = VerdictCounts.Of(run);
        var subject = run.TargetFramework is null ? run.AssemblyName : $"{run.AssemblyName} ({run.TargetFramework})";
        var totals = new List<string> { Figures.Count(counts.Total, "check", "checks") };
        AddNonZero(totals, counts.Passed, "passed", "passed");
        AddNonZero(totals, counts.Warning, "warning", "warnings");
        AddNonZero(totals, counts.Failed, "failed", "failed");
        AddNonZero(totals, counts.Error, "error", "errors");
        AddNonZero(totals, counts.Skipped, "skipped", "skipped");
        return $"GradGate {MarkdownText.Inline(subject)}: {string.Join(", ", totals)}";
    }

    private static void AppendChecksTable(StringBuilder markdown, IReadOnlyList<CheckResult> checks)
    {
        if (checks.Count == 0)
        {
            markdown.Append("No check ran.\n\n");
            return;
        }

        markdown.Append("| Verdict | Check | Worst relative error | Duration |\n| --- | --- | ---: | ---: |\n");
        foreach (var check in checks)
        {
            AppendRow(
                markdown,
                check.Verdict.ToString(),
                MarkdownText.Inline(check.Name),
                Figures.Readable(WorstRelativeError(check)),
                Figures.Seconds(check.DurationSeconds) + " s");
        }

        markdown.Append('\n');
    }

    /// <summary>Why each skipped check was skipped: the reason its attribute gives.</summary>
    private static void AppendSkipped(StringBuilder markdown, IReadOnlyList<CheckResult> checks)
    {
        var skipped = checks.Where(check => check.Verdict == Verdict.Skipped).ToList();
        if (skipped.Count == 0)
        {
            return;
        }

        markdown.Append("Skipped:\n\n");
        AppendList(markdown, skipped.Select(check => $"{check.Name}: {(string.IsNullOrWhiteSpace(check.SkipReason) ? "no reason given" : check.SkipReason)}"));
    }

    private static void AppendDetails(StringBuilder markdown, CheckResult check)
    {
        markdown.Append("### ").Append(check.Verdict).Append(": ").Append(MarkdownText.Inline(check.Name)).Append("\n\n");
        AppendList(markdown, check.Findings.Select(CheckText.FindingLine));
        if (check.Source is { } source)
        {
            markdown.Append("Declared at ").Append(MarkdownText.Inline(CheckText.Location(source))).Append(".\n\n");
        }

        markdown.Append(MarkdownText.Inline(CheckText.Headline(check))).Append("\n\n");
        if (check.Blocks.Count > 0)
        {
            markdown.Append("| Block | Shape | Relative error | Largest element-wise | Verdict | Checked | Inconclusive |\n")
                .Append("| --- | --- | ---: | ---: | --- | ---: | ---: |\n");
            foreach (var block in check.Blocks)
            {
                AppendRow(
                    markdown,
                    MarkdownText.Inline(block.Name),
                    MarkdownText.Inline(CheckText.Shape(block.Shape)),
                    Figures.Readable(block.RelativeError),
                    Figures.Readable(block.MaxElementRelativeError),
                    block.Verdict.ToString(),
                    Figures.Exact(block.CoordinatesChecked),
                    Figures.Exact(block.CoordinatesInconclusive));
            }

            markdown.Append('\n');
            foreach (var block in check.Blocks.Where(block => block.Pattern is not null))
            {
                // What the mismatch looks like: the kind of bug it points at (a constant factor, a missing mask, ...).
                markdown.Append("**").Append(MarkdownText.Inline(block.Name)).Append("**: ").Append(MarkdownText.Inline(block.Pattern!.Description)).Append("\n\n");
            }
        }

        var worst = check.Blocks.SelectMany(block => block.Worst).ToList();
        if (worst.Count > 0)
        {
            markdown.Append("| Worst coordinate | Analytic | Numeric | Relative error |\n| --- | ---: | ---: | ---: |\n");
            foreach (var coordinate in worst)
            {
                AppendRow(
                    markdown,
                    MarkdownText.Inline(coordinate.Label),
                    Figures.Exact(coordinate.Analytic),
                    Figures.Exact(coordinate.Numeric),
                    Figures.Readable(coordinate.RelativeError));
            }

            markdown.Append('\n');
        }
    }

    /// <summary>The largest relative error of the check and its blocks; NaN when any of them is NaN.</summary>
    internal static double? WorstRelativeError(CheckResult check)
    {
        var figures = check.Blocks.Select(block => block.RelativeError).Append(check.RelativeError)
            .OfType<double>().ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        return figures.Any(double.IsNaN) ? double.NaN : figures.Max();
    }

    /// <summary>Cells arrive escaped (or are figures GradGate formatted itself).</summary>
    private static void AppendRow(StringBuilder markdown, params string[] cells)
        => markdown.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");

    private static void AppendList(StringBuilder markdown, IEnumerable<string> lines)
    {
        var items = lines.Select(line => "- " + MarkdownText.Inline(line) + "\n").ToList();
        if (items.Count > 0)
        {
            markdown.Append(string.Concat(items)).Append('\n');
        }
    }

    private static void AddNonZero(List<string> totals, int count, string singular, string plural)
    {
        if (count > 0)
        {
            totals.Add(Figures.Count(count, singular, plural));
        }
    }
}
