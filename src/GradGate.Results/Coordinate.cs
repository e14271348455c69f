namespace GradGate.Results;

/// <summary>One element of a gradient, with its analytic and numeric values.</summary>
public sealed class Coordinate
{
    /// <summary>The element's position in the flat (row-major) array.</summary>
    public int FlatIndex { get; set; }

    /// <summary>The element's multi-dimensional index within its block's shape.</summary>
    public int[] Index { get; set; } = [];

    /// <summary>The readable coordinate, such as <c>W1[2,7]</c>.</summary>
    public string Label { get; set; } = "";

    public double Analytic { get; set; }

    public double Numeric { get; set; }

    public double AbsoluteError { get; set; }

    /// <summary><c>|a - n| / (|a| + |n| + delta)</c> for this element.</summary>
    public double RelativeError { get; set; }
}
