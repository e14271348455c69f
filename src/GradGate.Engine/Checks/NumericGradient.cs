using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Fills in the numeric side of every block by central differences over the coordinates each block lists,
/// then examines the coordinates that would fail for a kink crossed by the step. One coordinate after
/// another: the place where a parallel mode will split them between independent instances of the target.
/// </summary>
internal static class NumericGradient
{
    /// <param name="live">The live arrays, in the order of <paramref name="blocks"/>.</param>
    public static void Estimate<T>(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<T[]> live, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
    {
        var step = T.CreateTruncating(context.Settings.Epsilon);
        var kinks = new KinkProbe<T>(objective, context.Settings.WarningThreshold, context.Settings.Delta);
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            objective.Activity = $"while estimating the numeric gradient of {block.Name}";
            block.VanishedSteps = CentralDifference.Estimate(
                live[index],
                block.Coordinates,
                step,
                context.Precision.RoundingPerUnit,
                objective,
                block.Numeric,
                block.NoiseFloor,
                block.OuterMean);
            objective.Activity = $"while probing the numeric gradient of {block.Name} for kinks (half steps)";
            kinks.Examine(block, live[index], step);
        }
    }
}
