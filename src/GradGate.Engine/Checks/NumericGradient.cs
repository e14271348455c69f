using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Fills in the numeric side of every block by central differences over each block's live array. Every
/// coordinate, one after another: the place where a sampled mode will choose fewer coordinates and a
/// parallel mode will split them between independent instances of the target.
/// </summary>
internal static class NumericGradient
{
    /// <param name="live">The live arrays, in the order of <paramref name="blocks"/>.</param>
    public static void Estimate<T>(CheckContext context, IReadOnlyList<GradientBlock> blocks, NamedArrays<T> live, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
    {
        var step = T.CreateTruncating(context.Settings.Epsilon);
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            objective.Activity = $"while estimating the numeric gradient of {block.Name}";
            block.VanishedSteps = CentralDifference.Estimate(
                live[index].Values,
                Enumerable.Range(0, block.Length).ToArray(),
                step,
                context.Precision.RoundingPerUnit,
                objective,
                block.Numeric,
                block.NoiseFloor);
        }
    }
}
