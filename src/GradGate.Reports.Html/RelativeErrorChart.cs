using System.Text;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>
/// One check's blocks as horizontal bars of their relative error on a log axis, over the pass, warning and error bands of
/// the check's own thresholds: how far each block is from failing, in decades. Inline SVG, one <c>rect</c> per block.
/// </summary>
internal static class RelativeErrorChart
{
    /// <summary>The most blocks one chart draws; the blocks table lists all of them.</summary>
    public const int MaxBlocks = 40;

    private const double Width = 600, LabelWidth = 130, Right = 64, Top = 30, RowHeight = 26, BarHeight = 16, Bottom = 34;
    private const int MaxLabelLength = 18;

    public static string Render(CheckResult check)
    {
        var blocks = check.Blocks.Take(MaxBlocks).ToList();
        var settings = check.Settings;
        var (lowest, highest) = Decades(blocks, settings);
        var plotWidth = Width - LabelWidth - Right;
        var height = Top + (blocks.Count * RowHeight) + Bottom;
        double X(double value) => LabelWidth + ((Math.Log10(value) - lowest) / (highest - lowest) * plotWidth);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart chart-errors\" role=\"img\" viewBox=\"0 0 {HtmlFigures.Svg(Width)} {HtmlFigures.Svg(height)}\" width=\"{HtmlFigures.Svg(Width)}\" height=\"{HtmlFigures.Svg(height)}\">")
            .Append("<title>Relative error of each block, log scale, against the warning and error thresholds</title>");
        var plotBottom = Top + (blocks.Count * RowHeight);
        if (settings is not null && settings.WarningThreshold > 0 && settings.ErrorThreshold > 0)
        {
            var warning = X(settings.WarningThreshold);
            var error = X(settings.ErrorThreshold);
            Band(svg, LabelWidth, warning, plotBottom, "band-pass");
            Band(svg, warning, error, plotBottom, "band-warning");
            Band(svg, error, LabelWidth + plotWidth, plotBottom, "band-failed");
            Threshold(svg, warning, plotBottom, "warning " + HtmlFigures.Readable(settings.WarningThreshold), "end");
            Threshold(svg, error, plotBottom, "error " + HtmlFigures.Readable(settings.ErrorThreshold), "start");
        }

        Axis(svg, lowest, highest, X, plotBottom);
        for (var row = 0; row < blocks.Count; row++)
        {
            Bar(svg, blocks[row], Top + (row * RowHeight) + ((RowHeight - BarHeight) / 2), lowest, X);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Whole decades from below the smallest error and the warning threshold up to 1, the largest relative error there is.</summary>
    private static (int Lowest, int Highest) Decades(IEnumerable<BlockResult> blocks, CheckSettings? settings)
    {
        var figures = blocks.Select(block => block.RelativeError).OfType<double>().Where(value => value > 0 && HtmlFigures.IsFinite(value)).ToList();
        if (settings is { WarningThreshold: > 0 })
        {
            figures.Add(settings.WarningThreshold / 10);
        }

        var lowest = figures.Count == 0 ? -12 : (int)Math.Floor(Math.Log10(figures.Min()));
        return (Math.Max(-20, Math.Min(-1, lowest)), 0);
    }

    private static void Band(StringBuilder svg, double from, double to, double bottom, string cssClass)
    {
        if (to > from)
        {
            svg.Append($"<rect class=\"{cssClass}\" x=\"{HtmlFigures.Svg(from)}\" y=\"{HtmlFigures.Svg(Top - 6)}\" width=\"{HtmlFigures.Svg(to - from)}\" height=\"{HtmlFigures.Svg(bottom - Top + 12)}\"/>");
        }
    }

    private static void Threshold(StringBuilder svg, double x, double bottom, string label, string anchor)
    {
        svg.Append($"<line class=\"threshold\" x1=\"{HtmlFigures.Svg(x)}\" x2=\"{HtmlFigures.Svg(x)}\" y1=\"{HtmlFigures.Svg(Top - 10)}\" y2=\"{HtmlFigures.Svg(bottom + 6)}\"/>")
            .Append($"<text class=\"threshold-label\" x=\"{HtmlFigures.Svg(anchor == "end" ? x - 3 : x + 3)}\" y=\"{HtmlFigures.Svg(Top - 14)}\" text-anchor=\"{anchor}\">{HtmlText.Escape(label)}</text>");
    }

    private static void Axis(StringBuilder svg, int lowest, int highest, Func<double, double> x, double bottom)
    {
        svg.Append($"<line class=\"axis\" x1=\"{HtmlFigures.Svg(LabelWidth)}\" x2=\"{HtmlFigures.Svg(Width - Right)}\" y1=\"{HtmlFigures.Svg(bottom + 6)}\" y2=\"{HtmlFigures.Svg(bottom + 6)}\"/>");
        var step = Math.Max(1, (int)Math.Ceiling((highest - lowest) / 10.0));
        for (var decade = highest; decade >= lowest; decade -= step)
        {
            var at = x(Math.Pow(10, decade));
            svg.Append($"<line class=\"tick\" x1=\"{HtmlFigures.Svg(at)}\" x2=\"{HtmlFigures.Svg(at)}\" y1=\"{HtmlFigures.Svg(bottom + 6)}\" y2=\"{HtmlFigures.Svg(bottom + 10)}\"/>")
                .Append($"<text class=\"tick-label\" x=\"{HtmlFigures.Svg(at)}\" y=\"{HtmlFigures.Svg(bottom + 22)}\" text-anchor=\"middle\">1e{HtmlFigures.Exact(decade)}</text>");
        }
    }

    private static void Bar(StringBuilder svg, BlockResult block, double y, int lowest, Func<double, double> x)
    {
        var name = block.Name.Length > MaxLabelLength ? block.Name.Substring(0, MaxLabelLength - 1) + "\u2026" : block.Name;
        svg.Append($"<text class=\"bar-label\" x=\"{HtmlFigures.Svg(LabelWidth - 8)}\" y=\"{HtmlFigures.Svg(y + (BarHeight / 2) + 4)}\" text-anchor=\"end\">{HtmlText.Escape(name)}<title>{HtmlText.Escape(block.Name)}</title></text>");
        var value = block.RelativeError;
        var verdict = VerdictStyle.Class(block.Verdict);
        var tooltip = $"{block.Name}: relative error {HtmlFigures.Readable(value)} ({VerdictStyle.Word(block.Verdict)}), largest element-wise {HtmlFigures.Readable(block.MaxElementRelativeError)}";
        double end;
        string cssClass;
        if (value is not { } figure)
        {
            end = LabelWidth + 2;
            cssClass = "bar bar-missing";
        }
        else if (!HtmlFigures.IsFinite(figure))
        {
            end = Width - Right;
            cssClass = "bar bar-nonfinite " + verdict;
        }
        else
        {
            end = figure <= 0 ? LabelWidth + 2 : Math.Max(LabelWidth + 2, x(Math.Max(figure, Math.Pow(10, lowest))));
            cssClass = "bar " + verdict;
        }

        svg.Append($"<rect class=\"{cssClass}\" x=\"{HtmlFigures.Svg(LabelWidth)}\" y=\"{HtmlFigures.Svg(y)}\" width=\"{HtmlFigures.Svg(end - LabelWidth)}\" height=\"{HtmlFigures.Svg(BarHeight)}\" rx=\"3\"><title>{HtmlText.Escape(tooltip)}</title></rect>")
            .Append($"<text class=\"bar-value\" x=\"{HtmlFigures.Svg(end + 5)}\" y=\"{HtmlFigures.Svg(y + (BarHeight / 2) + 4)}\">{HtmlText.Escape(value is 0 ? "0" : HtmlFigures.Readable(value))}</text>");
    }
}
