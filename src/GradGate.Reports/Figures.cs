using System.Globalization;

namespace GradGate.Reports;

/// <summary>How the reports spell numbers: culture-invariant, whatever the build machine's locale.</summary>
internal static class Figures
{
    /// <summary>For people: three significant digits in exponent form, as the seeds print them (<c>3.33e-01</c>).</summary>
    public static string Readable(double? value)
        => value switch
        {
            null => "n/a",
            { } figure when IsFinite(figure) => figure.ToString("0.00e+00", CultureInfo.InvariantCulture),
            { } nonFinite => nonFinite.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>For machines: the shortest text that parses back to the same double (<c>NaN</c>, <c>Infinity</c> spelled out).</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Exact(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count and its noun: <c>1 check</c>, <c>3 checks</c>.</summary>
    public static string Count(int count, string singular, string plural) => $"{Exact(count)} {(count == 1 ? singular : plural)}";

    /// <summary>Seconds as an <c>xs:decimal</c> (never in exponent form), to the microsecond; zero for a value that is not a duration.</summary>
    public static string Seconds(double seconds)
        => IsFinite(seconds) && seconds > 0 ? seconds.ToString("0.######", CultureInfo.InvariantCulture) : "0";

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
