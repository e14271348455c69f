namespace GradGate.Results;

/// <summary>The figures of one parameter block (or operator input).</summary>
public sealed class BlockResult
{
    public string Name { get; set; } = "";

    public int[] Shape { get; set; } = [];

    public int Length { get; set; }

    /// <summary><c>||g - g_num|| / (||g|| + ||g_num|| + delta)</c> over the block; null when it could not be computed.</summary>
    public double? RelativeError { get; set; }

    /// <summary>The largest element-wise relative error in the block.</summary>
    public double? MaxElementRelativeError { get; set; }

    public double AnalyticNorm { get; set; }

    public double NumericNorm { get; set; }

    /// <summary>How many coordinates were compared (all of them unless some were inconclusive or sampled out).</summary>
    public int CoordinatesChecked { get; set; }

    /// <summary>Coordinates left out of the figures because a perturbation crossed a non-differentiable point.</summary>
    public int CoordinatesInconclusive { get; set; }

    public Verdict Verdict { get; set; }

    /// <summary>The worst coordinates, worst first.</summary>
    public List<Coordinate> Worst { get; set; } = [];

    /// <summary>What the mismatch of a failed block looks like, when the evidence is clear; null otherwise.</summary>
    public MismatchPattern? Pattern { get; set; }
}
