using System.Reflection;
using System.Text;
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
            CheckSection.Append(html, run.Checks[index], index);
        }

        CodeGlossary.Append(html, run);
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
            CheckSection.AppendFindings(html, run.RunFindings);
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
            var codes = string.Join(" ", check.Findings.Select(finding => finding.Code).Distinct().Select(CodeGlossary.Link));
            html.Append($"<tr class=\"{VerdictStyle.Class(check.Verdict)}\" data-verdict=\"{VerdictStyle.Word(check.Verdict)}\"><td>{VerdictStyle.Pill(check.Verdict)}</td>")
                .Append($"<td><a href=\"#check-{HtmlFigures.Exact(index + 1)}\">{HtmlText.Escape(DiagnosticText.CheckName(check))}</a></td>")
                .Append($"<td class=\"num\">{HtmlFigures.Readable(WorstRelativeError(check))}</td><td>{codes}</td>")
                .Append($"<td class=\"num\">{HtmlFigures.Exact(check.Blocks.Count)}</td><td class=\"num\">{HtmlFigures.Seconds(check.DurationSeconds)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

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
