using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Compares an operator's full Jacobian, entry by entry: analytic rows from one backward call per output
/// with a unit upstream gradient, numeric columns from central differences of the output per input
/// element. Findings name both coordinates, such as <c>dY[3]/dx[1,2]</c>. Meant for small operators.
/// </summary>
internal static class JacobianCheck
{
    /// <returns>The summary of the Jacobian blocks, or null when backward returned something unusable.</returns>
    /// <param name="outputShape">The output's shape, for naming entries; the flat output length when the target gives none.</param>
    public static ComparisonSummary? Run<T>(
        CheckContext context, NamedArrays<T> inputs, OperatorForward<T> forward, OperatorBackward<T> backward, IReadOnlyList<int> outputShape)
        where T : struct, IFloatingPointIeee754<T>
    {
        var outputs = forward.OutputLength;
        var analytic = inputs.Select(input => new double[outputs * input.Values.Count]).ToArray();
        for (var output = 0; output < outputs; output++)
        {
            var unit = new T[outputs];
            unit[output] = T.One;
            if (backward.Gradients(unit, $"for row {output} of the Jacobian (a unit upstream gradient at {JacobianCoordinateNaming.OutputLabel(output, outputShape)[1..]})") is not { } row)
            {
                return null;
            }

            for (var input = 0; input < inputs.Count; input++)
            {
                row[input].CopyTo(analytic[input], output * row[input].Length);
            }
        }

        var blocks = inputs.Select((input, index) => new GradientBlock(
            $"dY/d{input.Name}",
            $"Jacobian dY/d{input.Name}",
            [outputs, .. input.Shape],
            new JacobianCoordinateNaming(input.Name, input.Shape, input.Values.Count, outputShape),
            analytic[index],
            $"the gradient the backward closure returns for input '{input.Name}' (the entry dY[m]/d{input.Name}[...] comes from an upstream "
                + "gradient that is 1 at output m and 0 elsewhere)")).ToList();

        var health = HealthJudge.Judge(context, blocks, "analytic Jacobian", judgeLife: false);
        var step = T.CreateTruncating(context.Settings.Epsilon);
        for (var index = 0; index < blocks.Count; index++)
        {
            forward.Activity = $"while estimating the Jacobian columns of input '{inputs[index].Name}'";
            blocks[index].VanishedSteps = JacobianColumns.Estimate(
                inputs[index].Values.Array!, step, context.Precision.RoundingPerUnit, forward, blocks[index].Numeric.Whole, blocks[index].NoiseFloor.Whole);
        }

        return ComparisonJudge.Judge(context, blocks, health, "output");
    }
}
