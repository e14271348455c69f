using System.Globalization;

namespace GradGate.Engine.Findings;

/// <summary>How numbers are written in messages: figures with three significant digits, settings as short as they are.</summary>
internal static class Numbers
{
    /// <summary>A measured figure, such as <c>3.30e-01</c>.</summary>
    public static string Figure(double value) => Special(value) ?? value.ToString("0.00e+00", CultureInfo.InvariantCulture);

    /// <summary>
    /// An analytic and a numeric value side by side, with as many significant digits as it takes to show that they differ
    /// (at least three, at most seventeen): <c>analytic 2.182e+00 vs numeric 2.180e+00</c>, never two equal-looking figures
    /// for a pair that differs by <paramref name="resolution"/> (relatively) or more. A smaller difference is rounding, and
    /// is not spelt out.
    /// </summary>
    public static string Versus(double analytic, double numeric, double resolution)
    {
        var differs = Math.Abs(analytic - numeric) >= resolution * Math.Max(Math.Abs(analytic), Math.Abs(numeric));
        var digits = MinimumDigits;
        while (digits < MaximumDigits && differs && Significant(analytic, digits) == Significant(numeric, digits))
        {
            digits++;
        }

        return $"analytic {Significant(analytic, digits)} vs numeric {Significant(numeric, digits)}";
    }

    /// <summary>A setting or bound, such as <c>1e-05</c> or <c>2.4e-05</c>.</summary>
    public static string Setting(double value) => Special(value) ?? value.ToString("0.##e+00", CultureInfo.InvariantCulture);

    /// <summary>A loss or output value, with enough digits to tell two close values apart.</summary>
    public static string Exact(double value) => Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, such as <c>1 gradient</c> or <c>3 gradients</c>.</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private const int MinimumDigits = 3;
    private const int MaximumDigits = 17;

    private static string Significant(double value, int digits)
        => Special(value) ?? value.ToString("0." + new string('0', digits - 1) + "e+00", CultureInfo.InvariantCulture);

    private static string? Special(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        0 => "0",
        _ => null,
    };
}
