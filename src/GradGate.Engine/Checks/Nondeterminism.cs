using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Checks;

/// <summary>Decides whether two evaluations at the same point differ by more than rounding.</summary>
internal static class Nondeterminism
{
    /// <remarks>
    /// Differences up to the rounding allowance of the element type (<see cref="Settings.ElementPrecision.RoundingPerUnit"/>
    /// times the value's magnitude) are tolerated: a reduction summed in a different order is still
    /// deterministic enough for finite differences, whose noise floor already allows for that much.
    /// </remarks>
    public static bool BeyondRounding(CheckContext context, double first, double second, double scale)
        => Math.Abs(first - second) > context.Precision.RoundingPerUnit * scale;
}
