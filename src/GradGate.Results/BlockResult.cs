namespace GradGate.Results;

/// <summary>The figures of one parameter block (or operator input).</summary>
public sealed class BlockResult
{
    /// <summary>The most coordinates <see cref="Sample"/> holds for one block, however large the block.</summary>
    public const int MaxSample = 100;

    /// <summary>The most blocks of one check that carry a <see cref="Sample"/> (the failed and warned ones first).</summary>
    public const int MaxSampledBlocks = 12;

    public string Name { get; set; } = "";

    public int[] Shape { get; set; } = [];

    public int Length { get; set; }

    /// <summary><c>||g - g_num|| / (||g|| + ||g_num|| + delta)</c> over the block; null when it could not be computed.</summary>
    public double? RelativeError { get; set; }

    /// <summary>The largest element-wise relative error in the block.</summary>
    public double? MaxElementRelativeError { get; set; }

    public double AnalyticNorm { get; set; }

    /// <summary>
    /// <c>||g_num||</c> over the checked coordinates; null where no coordinate was estimated on its own (a block judged along
    /// directions, a health target's block, a block whose numeric values were not finite), never a NaN that reads as one.
    /// </summary>
    public double? NumericNorm { get; set; }

    /// <summary>How the block was judged: one of the <see cref="BlockJudgements"/>.</summary>
    public string JudgedBy { get; set; } = BlockJudgements.Coordinates;

    /// <summary>How many coordinates were compared (all of them unless some were inconclusive or sampled out).</summary>
    public int CoordinatesChecked { get; set; }

    /// <summary>Coordinates left out of the figures because a perturbation crossed a non-differentiable point.</summary>
    public int CoordinatesInconclusive { get; set; }

    public Verdict Verdict { get; set; }

    /// <summary>The worst coordinates, worst first.</summary>
    public List<Coordinate> Worst { get; set; } = [];

    /// <summary>
    /// Analytic and numeric values of up to <see cref="MaxSample"/> of the checked coordinates, the worst first, then an even
    /// spread over the rest of the block in flat order: enough to see the shape of a mismatch (a factor, a sign flip) without
    /// a report that grows with the block. Empty where no coordinate was estimated on its own (directions, health), and for
    /// the blocks of a check beyond the <see cref="MaxSampledBlocks"/> it keeps samples for.
    /// </summary>
    public List<SampledValue> Sample { get; set; } = [];

    /// <summary>What the mismatch of a failed block looks like, when the evidence is clear; null otherwise.</summary>
    public MismatchPattern? Pattern { get; set; }
}

/// <summary>How a block was judged, as the JSON report spells it.</summary>
public static class BlockJudgements
{
    /// <summary>Analytic against numeric, coordinate by coordinate (all of them, or a sample in sampled mode).</summary>
    public const string Coordinates = "coordinates";

    /// <summary>Along seeded random directions only (fast mode, a block that agreed): no coordinate on its own, no numeric norm.</summary>
    public const string Directions = "directions";

    /// <summary>A gradient-health target's block: finiteness and life only, no numeric gradient.</summary>
    public const string Health = "health";
}
