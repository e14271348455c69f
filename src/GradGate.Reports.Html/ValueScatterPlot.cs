using System.Text;
using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>
/// One check's sampled coordinates as points, numeric value across and analytic value up, on the same linear scale both
/// ways: a correct gradient lies on the diagonal, a factor-2 bug on the line of slope 2, a sign flip on slope -1 (both drawn
/// as faint guides). Inline SVG, one <c>circle</c> per coordinate, its label and values in the tooltip.
/// </summary>
internal static class ValueScatterPlot
{
    /// <summary>The most blocks one plot draws (each in its own colour, as many as a check keeps samples for); every block's figures are in the tables.</summary>
    public const int MaxBlocks = BlockResult.MaxSampledBlocks;

    private const double Size = 340, Left = 60, Right = 16, Top = 16, Bottom = 44;

    /// <summary>The blocks the plot draws: those with sampled values, up to <see cref="MaxBlocks"/>.</summary>
    public static IReadOnlyList<BlockResult> PlottedBlocks(CheckResult check)
        => check.Blocks.Where(block => block.Sample.Count > 0).Take(MaxBlocks).ToList();

    public static string Render(CheckResult check)
    {
        var blocks = PlottedBlocks(check);
        var values = blocks.SelectMany(block => block.Sample).SelectMany(value => new[] { value.Analytic, value.Numeric })
            .Where(HtmlFigures.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var extent = values > 0 ? values * 1.08 : 1;
        var side = Size - Left - Right;
        double X(double numeric) => Left + ((numeric + extent) / (2 * extent) * side);
        double Y(double analytic) => Top + ((extent - analytic) / (2 * extent) * side);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart chart-scatter\" role=\"img\" viewBox=\"0 0 {HtmlFigures.Svg(Size)} {HtmlFigures.Svg(Size)}\" width=\"{HtmlFigures.Svg(Size)}\" height=\"{HtmlFigures.Svg(Size)}\">")
            .Append("<title>Analytic against numeric value of each sampled coordinate; the diagonal is a correct gradient</title>")
            .Append($"<rect class=\"plot-area\" x=\"{HtmlFigures.Svg(Left)}\" y=\"{HtmlFigures.Svg(Top)}\" width=\"{HtmlFigures.Svg(side)}\" height=\"{HtmlFigures.Svg(side)}\"/>");
        Axes(svg, extent, X, Y);
        Guide(svg, 0.5, extent, X, Y, "guide", "\u00d7\u00bd");
        Guide(svg, 2, extent, X, Y, "guide", "\u00d72");
        Guide(svg, -1, extent, X, Y, "guide", "sign flip");
        Guide(svg, 1, extent, X, Y, "diagonal", "correct");
        for (var colour = 0; colour < blocks.Count; colour++)
        {
            var block = blocks[colour];
            foreach (var value in block.Sample.Where(value => HtmlFigures.IsFinite(value.Analytic) && HtmlFigures.IsFinite(value.Numeric)))
            {
                var tooltip = $"{CoordinateLabels.Of(block.Name, block.Shape, value.FlatIndex)}: analytic {HtmlFigures.Exact(value.Analytic)}, numeric {HtmlFigures.Exact(value.Numeric)}";
                svg.Append($"<circle class=\"point c{colour}\" cx=\"{HtmlFigures.Svg(X(value.Numeric))}\" cy=\"{HtmlFigures.Svg(Y(value.Analytic))}\" r=\"3.5\"><title>{HtmlText.Escape(tooltip)}</title></circle>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The legend under the plot: each block's colour and how many of its coordinates are drawn.</summary>
    public static string Legend(CheckResult check)
    {
        var blocks = PlottedBlocks(check);
        var legend = new StringBuilder("<ul class=\"legend\">");
        for (var colour = 0; colour < blocks.Count; colour++)
        {
            var block = blocks[colour];
            var of = block.CoordinatesChecked > block.Sample.Count ? $" of {HtmlFigures.Exact(block.CoordinatesChecked)}" : "";
            legend.Append($"<li><span class=\"swatch c{colour}\"></span>{HtmlText.Escape(block.Name)} <span class=\"muted\">({HtmlFigures.Exact(block.Sample.Count)}{of})</span></li>");
        }

        var left = check.Blocks.Count(block => block.Sample.Count > 0) - blocks.Count;
        if (left > 0)
        {
            legend.Append($"<li class=\"muted\">{HtmlFigures.Exact(left)} more blocks not drawn</li>");
        }

        return legend.Append("</ul>").ToString();
    }

    private static void Axes(StringBuilder svg, double extent, Func<double, double> x, Func<double, double> y)
    {
        foreach (var fraction in new[] { -1.0, -0.5, 0, 0.5, 1.0 })
        {
            var value = fraction * extent / 1.08;
            var label = HtmlText.Escape(Tick(value));
            svg.Append($"<line class=\"{(fraction == 0 ? "zero" : "grid")}\" x1=\"{HtmlFigures.Svg(x(value))}\" x2=\"{HtmlFigures.Svg(x(value))}\" y1=\"{HtmlFigures.Svg(Top)}\" y2=\"{HtmlFigures.Svg(Size - Bottom)}\"/>")
                .Append($"<line class=\"{(fraction == 0 ? "zero" : "grid")}\" x1=\"{HtmlFigures.Svg(Left)}\" x2=\"{HtmlFigures.Svg(Size - Right)}\" y1=\"{HtmlFigures.Svg(y(value))}\" y2=\"{HtmlFigures.Svg(y(value))}\"/>")
                .Append($"<text class=\"tick-label\" x=\"{HtmlFigures.Svg(x(value))}\" y=\"{HtmlFigures.Svg(Size - Bottom + 16)}\" text-anchor=\"middle\">{label}</text>")
                .Append($"<text class=\"tick-label\" x=\"{HtmlFigures.Svg(Left - 6)}\" y=\"{HtmlFigures.Svg(y(value) + 4)}\" text-anchor=\"end\">{label}</text>");
        }

        svg.Append($"<text class=\"axis-label\" x=\"{HtmlFigures.Svg(Left + ((Size - Left - Right) / 2))}\" y=\"{HtmlFigures.Svg(Size - 6)}\" text-anchor=\"middle\">numeric</text>")
            .Append($"<text class=\"axis-label\" x=\"14\" y=\"{HtmlFigures.Svg(Top + ((Size - Top - Bottom) / 2))}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {HtmlFigures.Svg(Top + ((Size - Top - Bottom) / 2))})\">analytic</text>");
    }

    /// <summary>The line analytic = slope x numeric, through the plot's square, labelled at its upper end.</summary>
    private static void Guide(StringBuilder svg, double slope, double extent, Func<double, double> x, Func<double, double> y, string cssClass, string label)
    {
        var reach = Math.Abs(slope) <= 1 ? extent : extent / Math.Abs(slope);
        var (x1, y1, x2, y2) = (x(-reach), y(-reach * slope), x(reach), y(reach * slope));
        svg.Append($"<line class=\"{cssClass}\" x1=\"{HtmlFigures.Svg(x1)}\" y1=\"{HtmlFigures.Svg(y1)}\" x2=\"{HtmlFigures.Svg(x2)}\" y2=\"{HtmlFigures.Svg(y2)}\"/>");

        // Beside the line's upper end, on the side where the line runs away from the text.
        var (labelX, labelY, anchor) = slope >= 1 ? (x2 - 8, y2 + 4, "end") : slope > 0 ? (x2 - 4, y2 + 22, "end") : (x1 + 8, y1 + 4, "start");
        svg.Append($"<text class=\"{cssClass}-label\" x=\"{HtmlFigures.Svg(labelX)}\" y=\"{HtmlFigures.Svg(labelY)}\" text-anchor=\"{anchor}\">{HtmlText.Escape(label)}</text>");
    }

    private static string Tick(double value)
        => value == 0 ? "0" : value.ToString(Math.Abs(value) is >= 0.01 and < 1000 ? "0.###" : "0.0e+0", System.Globalization.CultureInfo.InvariantCulture);
}
