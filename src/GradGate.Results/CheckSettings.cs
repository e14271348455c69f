namespace GradGate.Results;

/// <summary>The settings a check was judged with, after attribute overrides, build properties and element-type defaults.</summary>
public sealed class CheckSettings
{
    /// <summary><c>float64</c> or <c>float32</c>.</summary>
    public string DType { get; set; } = "float64";

    public double Epsilon { get; set; }

    public double ErrorThreshold { get; set; }

    public double WarningThreshold { get; set; }

    public int Seed { get; set; }

    /// <summary><c>full</c>, <c>fast</c> or <c>sampled</c>; null in results written before modes existed.</summary>
    public string? Mode { get; set; }

    /// <summary>The <c>delta</c> in the relative-error denominator.</summary>
    public double Delta { get; set; }

    /// <summary>Where each setting came from (attribute, property, default), for the reports.</summary>
    public Dictionary<string, string> Sources { get; set; } = [];
}
