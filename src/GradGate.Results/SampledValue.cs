namespace GradGate.Results;

/// <summary>One checked coordinate's analytic and numeric values, without the figures a worst coordinate carries: a point of the HTML report's scatter plot.</summary>
public sealed class SampledValue
{
    /// <summary>The element's position in the block's flat (row-major) array.</summary>
    public int FlatIndex { get; set; }

    public double Analytic { get; set; }

    public double Numeric { get; set; }
}
