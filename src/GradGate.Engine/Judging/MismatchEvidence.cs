namespace GradGate.Engine.Judging;

/// <summary>
/// A failing block's checked coordinates (kinks left out), each classified the way the pattern rules need: does the
/// analytic value agree with the numeric one, and is either zero, allowing for the numeric value's rounding noise.
/// </summary>
internal sealed class MismatchEvidence
{
    /// <summary>Below this fraction of the block's largest value, a value is zero (an exact zero, or rounding).</summary>
    private const double RelativeZero = 1e-9;

    private MismatchEvidence(GradientBlock block, int[] coordinates, double errorThreshold, double delta)
    {
        Block = block;
        Coordinates = coordinates;
        var scale = coordinates.Length == 0 ? 0 : coordinates.Max(index => Math.Max(Math.Abs(block.Analytic[index]), Math.Abs(block.Numeric[index])));
        Mismatched = coordinates.Where(index => !Agrees(index, errorThreshold, delta)).ToArray();
        NumericZero = coordinates.Where(index => Math.Abs(block.Numeric[index]) <= Math.Max(2 * block.NoiseFloor[index], RelativeZero * scale)).ToHashSet();
        AnalyticZero = coordinates.Where(index => Math.Abs(block.Analytic[index]) <= RelativeZero * scale).ToHashSet();
    }

    public GradientBlock Block { get; }

    /// <summary>The coordinates judged: listed by the block, not inconclusive.</summary>
    public int[] Coordinates { get; }

    /// <summary>Coordinates whose difference is beyond both the error threshold (element-wise) and their rounding noise.</summary>
    public int[] Mismatched { get; }

    public HashSet<int> NumericZero { get; }

    public HashSet<int> AnalyticZero { get; }

    public static MismatchEvidence Gather(GradientBlock block, double errorThreshold, double delta)
    {
        var inconclusive = block.Kinks.Select(kink => kink.Coordinate).ToHashSet();
        var coordinates = block.Coordinates.Where(index => !inconclusive.Contains(index) && double.IsFinite(block.Numeric[index])).ToArray();
        return new MismatchEvidence(block, coordinates, errorThreshold, delta);
    }

    private bool Agrees(int index, double errorThreshold, double delta)
    {
        var analytic = Block.Analytic[index];
        var numeric = Block.Numeric[index];
        var difference = Math.Abs(analytic - numeric);
        return difference <= Block.NoiseFloor[index] || difference <= errorThreshold * (Math.Abs(analytic) + Math.Abs(numeric) + delta);
    }
}
