using System.Globalization;

namespace GradGate.Reports.Html;

/// <summary>How the HTML report spells numbers: culture-invariant, as the other reports do.</summary>
internal static class HtmlFigures
{
    /// <summary>Three significant digits in exponent form (<c>3.33e-01</c>); <c>n/a</c> for a figure that was not computed.</summary>
    public static string Readable(double? value)
        => value switch
        {
            null => "n/a",
            { } figure when IsFinite(figure) => figure.ToString("0.00e+00", CultureInfo.InvariantCulture),
            { } nonFinite => nonFinite.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>The shortest text that reads back as the same double: two different values never print alike.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Exact(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A coordinate in SVG user units, to a hundredth.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds)
        => IsFinite(seconds) && seconds > 0 ? seconds.ToString(seconds < 10 ? "0.###" : "0.#", CultureInfo.InvariantCulture) + " s" : "0 s";

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
