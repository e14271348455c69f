namespace GradGate;

/// <summary>What <see cref="GradientHealth.Inspect(IEnumerable{double})"/> found in a sequence of gradients.</summary>
public sealed class GradientHealthReport
{
    internal GradientHealthReport(int count, int nanCount, int positiveInfinityCount, int negativeInfinityCount, int zeroCount, int firstNonFiniteIndex)
    {
        Count = count;
        NaNCount = nanCount;
        PositiveInfinityCount = positiveInfinityCount;
        NegativeInfinityCount = negativeInfinityCount;
        ZeroCount = zeroCount;
        FirstNonFiniteIndex = firstNonFiniteIndex;
    }

    public int Count { get; }

    public int NaNCount { get; }

    public int PositiveInfinityCount { get; }

    public int NegativeInfinityCount { get; }

    public int ZeroCount { get; }

    /// <summary>The index of the first NaN or infinity, or -1 when every value is finite.</summary>
    public int FirstNonFiniteIndex { get; }

    public bool AllFinite => NaNCount == 0 && PositiveInfinityCount == 0 && NegativeInfinityCount == 0;

    /// <summary>True when nothing was inspected or every value is exactly zero.</summary>
    public bool AllZero => ZeroCount == Count;

    public bool IsHealthy => AllFinite && !AllZero;

    /// <summary>One sentence on what is wrong, or that the gradients are healthy.</summary>
    public override string ToString()
    {
        if (Count == 0)
        {
            return "no gradient values (an empty gradient is not healthy)";
        }

        if (!AllFinite)
        {
            return $"{NaNCount} NaN, {PositiveInfinityCount} +Inf and {NegativeInfinityCount} -Inf of {Count} values (first at index {FirstNonFiniteIndex})";
        }

        return AllZero
            ? $"all {Count} values are zero (a dead or disconnected gradient)"
            : $"all {Count} values finite, {ZeroCount} zero";
    }
}
