using System.Globalization;

namespace GradGate.Engine.Findings;

/// <summary>How numbers are written in messages: figures with three significant digits, settings as short as they are.</summary>
internal static class Numbers
{
    /// <summary>A measured figure, such as <c>3.30e-01</c>.</summary>
    public static string Figure(double value) => Special(value) ?? value.ToString("0.00e+00", CultureInfo.InvariantCulture);

    /// <summary>A setting or bound, such as <c>1e-05</c> or <c>2.4e-05</c>.</summary>
    public static string Setting(double value) => Special(value) ?? value.ToString("0.##e+00", CultureInfo.InvariantCulture);

    /// <summary>A loss or output value, with enough digits to tell two close values apart.</summary>
    public static string Exact(double value) => Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Special(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        0 => "0",
        _ => null,
    };
}
