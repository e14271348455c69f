using GradGate.Engine.Evaluation;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>How a block whose gradient is zero relates to the loss, as far as a probe can tell.</summary>
internal enum Reach
{
    /// <summary>Not probed, or the probe could not tell.</summary>
    Unknown,

    /// <summary>The loss does not change even when the block moves far: nothing reads it.</summary>
    Unused,

    /// <summary>The loss changes when the block moves far, but not near the point: it is flat here.</summary>
    FlatHere,
}

/// <summary>
/// Fails a block that verified nothing (GG0023): its analytic gradient is zero everywhere and the numeric one agreed, so
/// a wrong backward pass would have passed as well. A dead layer, or a parameter that does not reach the loss at this
/// point, must not make a green check. A block the target declares with AllowZeroGradient is meant to be zero and passes.
/// </summary>
internal static class VacuityJudge
{
    public static void Judge(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyCollection<string> allowed, string perturbed, Func<int, Reach> probe)
    {
        foreach (var unknown in allowed.Where(name => !blocks.Any(block => block.Name == name)).Order(StringComparer.Ordinal))
        {
            context.Findings.Add(
                DiagnosticCodes.InvalidTarget,
                Severity.Error,
                $"AllowZeroGradient names '{unknown}', which is not one of this target's blocks ({string.Join(", ", blocks.Select(block => block.Name))}): "
                    + "name a parameter or input whose gradient is meant to be zero, as spelled in the target.");
        }

        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var result = context.Blocks.LastOrDefault(candidate => candidate.Name == block.Name);
            if (result is null || result.Verdict == Verdict.Failed || allowed.Contains(block.Name) || !Array.TrueForAll(block.Analytic, value => value == 0))
            {
                continue;
            }

            result.Verdict = Verdict.Failed;
            context.Findings.Add(DiagnosticCodes.NothingVerified, Severity.Error, Message(block, perturbed, probe(index)), block.Name, block.Length);
        }
    }

    private static string Message(GradientBlock block, string perturbed, Reach reach)
    {
        var why = reach switch
        {
            Reach.Unused => $"the {perturbed} does not change even when every coordinate of {block.Name} moves by twice its size either way, "
                + $"so nothing reads it: a parameter left out of the forward pass, or a branch not taken at this point.",
            Reach.FlatHere => $"{block.Name} does reach the {perturbed} (it changes when {block.Name} moves far), but is flat at this point: every unit "
                + "it feeds is inactive here (ReLU inputs all negative, saturated activations, a clamp at its bound).",
            _ => $"either nothing reads {block.Name} (a value left out of the forward computation) or every unit it feeds is inactive at this "
                + "point (ReLU inputs all negative, saturated activations).",
        };
        return $"Nothing was verified for {block.Name}: its analytic and numeric gradients are both zero at every coordinate "
            + $"({block.Length}), so a wrong backward pass would pass here too. Why: {why} Check it at a point where it contributes "
            + $"(other inputs or weights, another seed); if its gradient is meant to be zero here, declare it on the target with "
            + $".AllowZeroGradient(\"{block.Name}\").";
    }
}
