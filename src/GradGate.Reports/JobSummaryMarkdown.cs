using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// What GradGate adds to a GitHub job summary: the heading with the totals, a table of the checks (failures first) and the
/// details of the failed and errored checks with their worst coordinates, within <see cref="MaxBytes"/> however many
/// checks the run has (GitHub refuses a step's summary above 1 MiB). What does not fit is counted in a closing line that
/// points at the report files, which keep everything.
/// </summary>
internal static class JobSummaryMarkdown
{
    /// <summary>The most UTF-8 bytes one run's section takes: a sixteenth of GitHub's limit, so a build of many projects and frameworks fits too.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>A finding's message longer than this is cut (with an ellipsis); the report files keep it whole.</summary>
    private const int MaxMessageLength = 1500;

    /// <summary>The most worst coordinates listed for one failed check.</summary>
    private const int MaxCoordinatesPerCheck = 10;

    /// <summary>Room kept for the closing line that counts what was left out.</summary>
    private const int ClosingReserve = 600;

    public static string Render(RunResult run)
    {
        var budget = new Budget(MaxBytes - ClosingReserve);
        budget.TryAdd("## " + MarkdownReport.Heading(run) + "\n\n");
        foreach (var finding in run.RunFindings)
        {
            budget.TryAdd("- " + MarkdownText.Inline(Shorten(CheckText.FindingLine(finding))) + "\n");
        }

        if (run.RunFindings.Count > 0)
        {
            budget.TryAdd("\n");
        }

        // The failures' details may take half the room; the table (failures first) the rest, and comes first on the page.
        var ordered = run.Checks.Select((check, index) => (check, index)).OrderBy(pair => Priority(pair.check.Verdict)).ThenBy(pair => pair.index).Select(pair => pair.check).ToList();
        var failures = ordered.Where(check => check.Verdict is Verdict.Failed or Verdict.Error).ToList();
        var details = new Budget((MaxBytes - ClosingReserve) / 2);
        var detailsLeftOut = 0;
        foreach (var check in failures)
        {
            if (!details.TryAdd(Details(check)))
            {
                detailsLeftOut = failures.Count - failures.IndexOf(check);
                break;
            }
        }

        budget.Shrink(details.Bytes);
        var rowsLeftOut = AppendTable(budget, ordered);
        budget.Text.Append(details.Text);

        var text = budget.Text;
        if (rowsLeftOut > 0 || detailsLeftOut > 0)
        {
            var parts = new List<string>();
            if (rowsLeftOut > 0)
            {
                parts.Add($"{Figures.Count(rowsLeftOut, "check", "checks")} from the table");
            }

            if (detailsLeftOut > 0)
            {
                parts.Add($"the details of {Figures.Count(detailsLeftOut, "failure", "failures")}");
            }

            text.Append($"_Left out to keep this summary under {Figures.Exact(MaxBytes / 1024)} KiB: {string.Join(" and ", parts)}._ ")
                .Append("Every check, finding and coordinate is in the report files (gradgate.md, gradgate.json, gradgate.html) in GradGateReportDirectory.\n\n");
        }

        return text.ToString();
    }

    /// <summary>The table's rows, failures first, as many as fit; returns how many did not.</summary>
    private static int AppendTable(Budget budget, IReadOnlyList<CheckResult> checks)
    {
        if (checks.Count == 0)
        {
            budget.TryAdd("No check ran.\n\n");
            return 0;
        }

        budget.TryAdd("| Verdict | Check | Codes | Worst relative error |\n| --- | --- | --- | ---: |\n");
        for (var index = 0; index < checks.Count; index++)
        {
            var check = checks[index];
            var codes = string.Join(" ", check.Findings.Where(finding => finding.Severity > Severity.Message).Select(finding => finding.Code).Distinct());
            var row = $"| {check.Verdict} | {MarkdownText.Inline(Shorten(check.Name, 200))} | {MarkdownText.Inline(codes)} | {Figures.Readable(MarkdownReport.WorstRelativeError(check))} |\n";
            if (!budget.TryAdd(row))
            {
                budget.TryAdd("\n");
                return checks.Count - index;
            }
        }

        budget.TryAdd("\n");
        return 0;
    }

    private static string Details(CheckResult check)
    {
        var markdown = new StringBuilder();
        markdown.Append("### ").Append(check.Verdict).Append(": ").Append(MarkdownText.Inline(Shorten(check.Name, 200))).Append("\n\n");
        foreach (var finding in check.Findings.Where(finding => finding.Severity > Severity.Message))
        {
            markdown.Append("- ").Append(MarkdownText.Inline(Shorten(CheckText.FindingLine(finding)))).Append('\n');
        }

        if (check.Source is { } source)
        {
            markdown.Append("\nDeclared at ").Append(MarkdownText.Inline(CheckText.Location(source))).Append(".\n");
        }

        var worst = check.Blocks.Where(block => block.Verdict is Verdict.Failed or Verdict.Error).SelectMany(block => block.Worst).Take(MaxCoordinatesPerCheck).ToList();
        if (worst.Count > 0)
        {
            markdown.Append("\n| Worst coordinate | Analytic | Numeric | Relative error |\n| --- | ---: | ---: | ---: |\n");
            foreach (var coordinate in worst)
            {
                markdown.Append($"| {MarkdownText.Inline(Shorten(coordinate.Label, 200))} | {Figures.Exact(coordinate.Analytic)} | {Figures.Exact(coordinate.Numeric)} | {Figures.Readable(coordinate.RelativeError)} |\n");
            }
        }

        return markdown.Append('\n').ToString();
    }

    private static int Priority(Verdict verdict) => verdict switch
    {
        Verdict.Failed => 0,
        Verdict.Error => 1,
        Verdict.Warning => 2,
        Verdict.Passed => 3,
        _ => 4,
    };

    private static string Shorten(string text, int length = MaxMessageLength)
        => text.Length <= length ? text : text.Substring(0, char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1) + "\u2026";

    /// <summary>Text that grows only while it stays within a number of UTF-8 bytes.</summary>
    private sealed class Budget(int maxBytes)
    {
        private int _bytes;
        private int _maxBytes = maxBytes;

        public StringBuilder Text { get; } = new();

        public int Bytes => _bytes;

        /// <summary>Keeps <paramref name="bytes"/> of the room for text added elsewhere.</summary>
        public void Shrink(int bytes) => _maxBytes -= bytes;

        public bool TryAdd(string part)
        {
            var bytes = Encoding.UTF8.GetByteCount(part);
            if (_bytes + bytes > _maxBytes)
            {
                return false;
            }

            Text.Append(part);
            _bytes += bytes;
            return true;
        }
    }
}
