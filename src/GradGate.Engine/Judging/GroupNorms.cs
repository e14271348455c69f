namespace GradGate.Engine.Judging;

/// <summary>
/// The norms a check's relative error is made of, over every coordinate of a group of blocks: <c>||g||</c>,
/// <c>||g_num||</c> and <c>||g - g_num||</c>. Norms of disjoint blocks combine as the root of their sums of squares, so the
/// check's figure is the same formula whichever way each block was measured.
/// </summary>
internal readonly record struct GroupNorms(double Analytic, double Numeric, double Difference)
{
    public static GroupNorms Zero => default;

    public GroupNorms Add(GroupNorms other) => new(
        Math.Sqrt((Analytic * Analytic) + (other.Analytic * other.Analytic)),
        Math.Sqrt((Numeric * Numeric) + (other.Numeric * other.Numeric)),
        Math.Sqrt((Difference * Difference) + (other.Difference * other.Difference)));

    /// <summary><c>||g - g_num|| / (||g|| + ||g_num|| + delta)</c>, the norm formula of seed 000.</summary>
    public double RelativeError(double delta) => Difference / (Analytic + Numeric + delta);
}
