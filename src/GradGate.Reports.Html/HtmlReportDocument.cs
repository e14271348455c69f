using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>
/// <c>gradgate.html</c>: the run as one self-contained page to look at. A header with the run's facts and verdict counts,
/// a summary table, then per check its findings, a bar chart of each block's relative error against the thresholds, a
/// scatter plot of analytic against numeric values, and its tables; last, what each code shown means. No script and no
/// external resource: inline CSS and SVG under a Content-Security-Policy that forbids scripts, so the file opens offline and
/// text from user code, escaped everywhere, could not run even if it were not.
/// </summary>
internal static class HtmlReportDocument
{
    private static readonly Lazy<string> Stylesheet = new(LoadStylesheet);
    private static readonly Regex CodeSpan = new("`([^`]+)`");

    public static string Render(RunResult run)
    {
        var html = new StringBuilder();
        var subject = run.TargetFramework is null ? run.AssemblyName : $"{run.AssemblyName} ({run.TargetFramework})";
        var overall = VerdictStyle.Overall(run);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>GradGate ").Append(HtmlText.Escape(subject)).Append(": ").Append(VerdictStyle.Word(overall)).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet.Value).Append("</style>\n</head>\n<body>\n");
        AppendHeader(html, run, subject, overall);
        html.Append("<main>\n");
        AppendRunFindings(html, run);
        AppendSummaryTable(html, run);
        for (var index = 0; index < run.Checks.Count; index++)
        {
            AppendCheck(html, run.Checks[index], index);
        }

        AppendCodes(html, run);
        html.Append("</main>\n<footer>Written by GradGate ").Append(HtmlText.Escape(run.ToolVersion))
            .Append(". One file, no scripts, nothing fetched: charts are inline SVG; hover a bar or a point for its figures.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, RunResult run, string subject, Verdict overall)
    {
        html.Append($"<header class=\"run {VerdictStyle.Class(overall)}\">\n<div class=\"title\"><span class=\"brand\">GradGate</span><h1>")
            .Append(HtmlText.Escape(subject)).Append("</h1>").Append(VerdictStyle.Pill(overall)).Append("</div>\n<dl class=\"facts\">");
        Fact(html, "Project", run.ProjectPath);
        Fact(html, "Assembly", run.AssemblyPath);
        Fact(html, "Framework", run.TargetFramework ?? "n/a");
        Fact(html, "Started", run.StartedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC");
        Fact(html, "Duration", HtmlFigures.Seconds(run.DurationSeconds));
        if (run.Settings.Mode is { } mode)
        {
            Fact(html, "Mode", mode);
        }

        if (!string.IsNullOrEmpty(run.Filter))
        {
            Fact(html, "Filter", run.Filter!);
        }

        html.Append("</dl>\n<div class=\"counts\">");
        Count(html, "total", "checks", run.Checks.Count);
        foreach (var verdict in new[] { Verdict.Passed, Verdict.Warning, Verdict.Failed, Verdict.Error, Verdict.Skipped })
        {
            Count(html, VerdictStyle.Word(verdict), VerdictStyle.Word(verdict), run.Checks.Count(check => check.Verdict == verdict));
        }

        html.Append("</div>\n</header>\n");
    }

    private static void Fact(StringBuilder html, string name, string value)
        => html.Append("<div><dt>").Append(name).Append("</dt><dd>").Append(HtmlText.Escape(value)).Append("</dd></div>");

    private static void Count(StringBuilder html, string key, string label, int count)
        => html.Append($"<div class=\"count v-{key}{(count == 0 ? " zero" : "")}\" data-verdict=\"{key}\"><span class=\"n\">{HtmlFigures.Exact(count)}</span><span class=\"label\">{label}</span></div>");

    private static void AppendRunFindings(StringBuilder html, RunResult run)
    {
        if (run.RunFindings.Count > 0)
        {
            html.Append("<section class=\"card run-findings\"><h2>About the run</h2>");
            AppendFindings(html, run.RunFindings);
            html.Append("</section>\n");
        }
    }

    private static void AppendSummaryTable(StringBuilder html, RunResult run)
    {
        html.Append("<section class=\"card\"><h2>Checks</h2>");
        if (run.Checks.Count == 0)
        {
            html.Append("<p class=\"muted\">No check ran.</p></section>\n");
            return;
        }

        html.Append("<table class=\"summary\"><thead><tr><th>Verdict</th><th>Check</th><th class=\"num\">Relative error</th><th>Findings</th><th class=\"num\">Blocks</th><th class=\"num\">Duration</th></tr></thead><tbody>\n");
        for (var index = 0; index < run.Checks.Count; index++)
        {
            var check = run.Checks[index];
            var codes = string.Join(" ", check.Findings.Select(finding => finding.Code).Distinct().Select(CodeLink));
            html.Append($"<tr class=\"{VerdictStyle.Class(check.Verdict)}\" data-verdict=\"{VerdictStyle.Word(check.Verdict)}\"><td>{VerdictStyle.Pill(check.Verdict)}</td>")
                .Append($"<td><a href=\"#check-{HtmlFigures.Exact(index + 1)}\">{HtmlText.Escape(DiagnosticText.CheckName(check))}</a></td>")
                .Append($"<td class=\"num\">{HtmlFigures.Readable(WorstRelativeError(check))}</td><td>{codes}</td>")
                .Append($"<td class=\"num\">{HtmlFigures.Exact(check.Blocks.Count)}</td><td class=\"num\">{HtmlFigures.Seconds(check.DurationSeconds)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendCheck(StringBuilder html, CheckResult check, int index)
    {
        html.Append($"<section class=\"card check {VerdictStyle.Class(check.Verdict)}\" id=\"check-{HtmlFigures.Exact(index + 1)}\" data-verdict=\"{VerdictStyle.Word(check.Verdict)}\">")
            .Append("<h2>").Append(VerdictStyle.Pill(check.Verdict)).Append(' ').Append(HtmlText.Escape(DiagnosticText.CheckName(check))).Append("</h2>");
        var facts = new List<string>();
        if (check.Source is { } source)
        {
            facts.Add($"<code>{HtmlText.Escape(source.File)}({HtmlFigures.Exact(source.Line)},{HtmlFigures.Exact(source.Column)})</code>");
        }

        if (check.Kind is { } kind)
        {
            facts.Add(HtmlText.Escape(kind));
        }

        if (check.Settings is { } settings)
        {
            facts.Add($"{HtmlText.Escape(settings.DType)}, {HtmlText.Escape(settings.Mode ?? "full")} mode, epsilon {HtmlFigures.Readable(settings.Epsilon)}, "
                + $"warning above {HtmlFigures.Readable(settings.WarningThreshold)}, error above {HtmlFigures.Readable(settings.ErrorThreshold)}, seed {HtmlFigures.Exact(settings.Seed)}");
        }

        facts.Add($"{HtmlFigures.Exact(check.Evaluations)} evaluations in {HtmlFigures.Seconds(check.DurationSeconds)}");
        html.Append("<p class=\"check-facts\">").Append(string.Join(" \u00b7 ", facts)).Append("</p>");
        if (check.Verdict == Verdict.Skipped)
        {
            html.Append("<p class=\"skip-reason\">Skipped: ").Append(HtmlText.Escape(string.IsNullOrWhiteSpace(check.SkipReason) ? "no reason given" : check.SkipReason)).Append("</p>");
        }

        AppendFindings(html, check.Findings);
        if (check.Blocks.Count > 0)
        {
            AppendCharts(html, check);
            AppendBlocksTable(html, check);
        }

        AppendWorstTable(html, check);
        html.Append("</section>\n");
    }

    private static void AppendCharts(StringBuilder html, CheckResult check)
    {
        html.Append("<div class=\"charts\"><figure class=\"figure-errors\">").Append(RelativeErrorChart.Render(check))
            .Append("<figcaption>Relative error of each block (log scale) against the pass, warning and error bands.");
        if (check.Blocks.Count > RelativeErrorChart.MaxBlocks)
        {
            html.Append($" The first {HtmlFigures.Exact(RelativeErrorChart.MaxBlocks)} of {HtmlFigures.Exact(check.Blocks.Count)} blocks; the table lists all.");
        }

        html.Append("</figcaption></figure>");
        if (ValueScatterPlot.PlottedBlocks(check).Count > 0)
        {
            html.Append("<figure class=\"figure-scatter\">").Append(ValueScatterPlot.Render(check)).Append(ValueScatterPlot.Legend(check))
                .Append("<figcaption>Analytic against numeric value per coordinate. On the diagonal: correct. On slope 2: a factor of 2. On slope \u22121: a sign flip.</figcaption></figure>");
        }
        else
        {
            html.Append("<figure class=\"figure-scatter empty\"><figcaption>No coordinate values to plot: ")
                .Append(check.Blocks.Any(block => block.JudgedBy == BlockJudgements.Directions) ? "the blocks were judged along random directions (fast mode)." : "no coordinate was estimated on its own.")
                .Append("</figcaption></figure>");
        }

        html.Append("</div>");
    }

    private static void AppendBlocksTable(StringBuilder html, CheckResult check)
    {
        html.Append("<table class=\"blocks\"><thead><tr><th>Block</th><th>Shape</th><th class=\"num\">Relative error</th><th class=\"num\">Largest element-wise</th><th>Verdict</th><th class=\"num\">Checked</th><th class=\"num\">Inconclusive</th><th>Judged by</th></tr></thead><tbody>");
        foreach (var block in check.Blocks)
        {
            html.Append($"<tr><td><code>{HtmlText.Escape(block.Name)}</code></td><td>{Shape(block.Shape)}</td><td class=\"num\">{HtmlFigures.Readable(block.RelativeError)}</td>")
                .Append($"<td class=\"num\">{HtmlFigures.Readable(block.MaxElementRelativeError)}</td><td>{VerdictStyle.Pill(block.Verdict)}</td>")
                .Append($"<td class=\"num\">{HtmlFigures.Exact(block.CoordinatesChecked)}</td><td class=\"num\">{HtmlFigures.Exact(block.CoordinatesInconclusive)}</td><td>{HtmlText.Escape(block.JudgedBy)}</td></tr>");
            if (block.Pattern is { } pattern)
            {
                html.Append($"<tr class=\"pattern\"><td colspan=\"8\">{HtmlText.Escape(pattern.Description)}</td></tr>");
            }
        }

        html.Append("</tbody></table>");
    }

    private static void AppendWorstTable(StringBuilder html, CheckResult check)
    {
        var worst = check.Blocks.SelectMany(block => block.Worst).ToList();
        if (worst.Count == 0 || check.Verdict == Verdict.Passed)
        {
            return;
        }

        html.Append("<table class=\"worst\"><thead><tr><th>Worst coordinate</th><th class=\"num\">Analytic</th><th class=\"num\">Numeric</th><th class=\"num\">Relative error</th></tr></thead><tbody>");
        foreach (var coordinate in worst)
        {
            html.Append($"<tr><td><code>{HtmlText.Escape(coordinate.Label)}</code></td><td class=\"num\">{HtmlFigures.Exact(coordinate.Analytic)}</td>")
                .Append($"<td class=\"num\">{HtmlFigures.Exact(coordinate.Numeric)}</td><td class=\"num\">{HtmlFigures.Readable(coordinate.RelativeError)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"findings\">");
        foreach (var finding in findings)
        {
            var severity = finding.Severity.ToString().ToLowerInvariant();
            html.Append($"<li class=\"finding s-{severity}\">{CodeLink(finding.Code)}<span class=\"severity\">{severity}</span><span class=\"message\">{HtmlText.Escape(finding.Message)}</span></li>");
        }

        html.Append("</ul>");
    }

    /// <summary>Every code the report shows, with what it means and what to do, from docs/diagnostics.md.</summary>
    private static void AppendCodes(StringBuilder html, RunResult run)
    {
        var codes = run.RunFindings.Concat(run.Checks.SelectMany(check => check.Findings)).Select(finding => finding.Code).Distinct().OrderBy(code => code, StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"card codes\"><h2>Codes in this report</h2><dl>");
        foreach (var code in codes)
        {
            var entry = DiagnosticsReference.Find(code);
            html.Append($"<div id=\"{Anchor(code)}\"><dt><code>{HtmlText.Escape(code)}</code></dt><dd>")
                .Append(entry is null ? "See docs/diagnostics.md." : $"{Markdown(entry.Meaning)} <span class=\"remedy\">What to do: {Markdown(entry.Remedy)}</span>")
                .Append("</dd></div>");
        }

        html.Append("</dl><p class=\"muted\">From docs/diagnostics.md, which also describes how NoWarn and WarningsAsErrors apply to these codes.</p></section>\n");
    }

    private static string CodeLink(string code) => $"<a class=\"code\" href=\"#{Anchor(code)}\">{HtmlText.Escape(code)}</a>";

    private static string Anchor(string code) => "code-" + Regex.Replace(code, "[^A-Za-z0-9]", "");

    /// <summary>A cell of the docs' code table: escaped, with its <c>`code spans`</c> kept as code.</summary>
    private static string Markdown(string cell) => CodeSpan.Replace(HtmlText.Escape(cell), match => $"<code>{match.Groups[1].Value}</code>");

    private static string Shape(int[] shape) => shape.Length == 0 ? "scalar" : "[" + string.Join(",", shape.Select(HtmlFigures.Exact)) + "]";

    private static double? WorstRelativeError(CheckResult check)
    {
        var figures = check.Blocks.Select(block => block.RelativeError).Append(check.RelativeError).OfType<double>().ToList();
        return figures.Count == 0 ? null : figures.Any(double.IsNaN) ? double.NaN : figures.Max();
    }

    private static string LoadStylesheet()
    {
        using var stream = typeof(HtmlReportDocument).GetTypeInfo().Assembly.GetManifestResourceStream("GradGate.Reports.Html.report.css")
            ?? throw new InvalidOperationException("GradGate.Reports.Html.dll lacks its stylesheet: the assembly was built without report.css.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
