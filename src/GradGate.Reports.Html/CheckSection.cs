using System.Text;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>One check's section of the page: its facts, findings, the two charts, the blocks and the worst coordinates.</summary>
internal static class CheckSection
{
    public static void Append(StringBuilder html, CheckResult check, int index)
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

    public static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"findings\">");
        foreach (var finding in findings)
        {
            var severity = finding.Severity.ToString().ToLowerInvariant();
            html.Append($"<li class=\"finding s-{severity}\">{CodeGlossary.Link(finding.Code)}<span class=\"severity\">{severity}</span><span class=\"message\">{HtmlText.Escape(finding.Message)}</span></li>");
        }

        html.Append("</ul>");
    }

    private static string Shape(int[] shape) => shape.Length == 0 ? "scalar" : "[" + string.Join(",", shape.Select(HtmlFigures.Exact)) + "]";
}
