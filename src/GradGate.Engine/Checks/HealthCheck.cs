using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Checks gradients from one real step for health only (seed 000's <c>gradients_ok</c>, block by block):
/// finite, not all zero, no block entirely zero while others are not. No finite differences.
/// </summary>
internal static class HealthCheck
{
    private const string GradientClosure = "gradient closure";

    public static void Run<T>(HealthTarget<T> target, CheckContext context)
        where T : struct, IFloatingPointIeee754<T>
    {
        var returned = ClosureCalls.Invoke(context, GradientClosure, "when asked for the gradients", target.GradientFunction);
        var blocks = ClosureCalls.Read($"dictionary the {GradientClosure} returned", () => Capture(context, returned));
        if (blocks is null)
        {
            return;
        }

        var verdicts = HealthJudge.Judge(context, blocks, "gradient");
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            context.Blocks.Add(new BlockResult
            {
                Name = block.Name,
                Shape = block.Shape,
                Length = block.Length,
                AnalyticNorm = block.AnalyticNorm,
                NumericNorm = null,
                JudgedBy = BlockJudgements.Health,
                CoordinatesChecked = block.Length,
                Verdict = verdicts[index],
            });
        }
    }

    /// <returns>One block per gradient, or null when the gradients are unusable (the findings say why).</returns>
    private static List<GradientBlock>? Capture<T>(CheckContext context, IReadOnlyDictionary<string, T[]>? returned)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (returned is null || returned.Count == 0)
        {
            Report(context, $"The {GradientClosure} returned {(returned is null ? "null" : "no gradients")}: return a dictionary with one "
                + "gradient array per parameter block, keyed by the block's name.");
            return null;
        }

        var blocks = new List<GradientBlock>();
        foreach (var (name, values) in returned)
        {
            if (values is null || values.Length == 0)
            {
                Report(context, $"The {GradientClosure} returned {(values is null ? "null" : "an empty array")} for {name}: return the "
                    + $"gradient of {name}, one value per parameter element.", name);
                continue;
            }

            blocks.Add(new GradientBlock(
                name,
                $"Gradient of {name}",
                [values.Length],
                new ArrayCoordinateNaming(name, [values.Length]),
                Widen.ToDoubles(values),
                $"the step that produced the gradient of {name}"));
        }

        return blocks.Count == returned.Count ? blocks : null;
    }

    private static void Report(CheckContext context, string message, string? block = null)
        => context.Findings.Add(DiagnosticCodes.InvalidTarget, Severity.Error, message, block);
}
