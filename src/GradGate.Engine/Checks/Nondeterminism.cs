namespace GradGate.Engine.Checks;

/// <summary>Decides whether two evaluations at the same point differ by more than rounding.</summary>
/// <remarks>
/// Differences up to the rounding allowance of the element type (<see cref="Settings.ElementPrecision.RoundingPerUnit"/>
/// times the value's magnitude) are tolerated: a reduction summed in a different order is still
/// deterministic enough for finite differences, whose noise floor already allows for that much.
/// </remarks>
internal static class Nondeterminism
{
    public static bool BeyondRounding(double roundingPerUnit, double first, double second)
        => Math.Abs(first - second) > roundingPerUnit * Math.Max(Math.Abs(first), Math.Abs(second));

    /// <summary>The first position where two equally long evaluations differ beyond rounding, or -1.</summary>
    public static int FirstDifference(double roundingPerUnit, double[] first, double[] second)
    {
        for (var index = 0; index < first.Length; index++)
        {
            if (BeyondRounding(roundingPerUnit, first[index], second[index]))
            {
                return index;
            }
        }

        return -1;
    }
}
