using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Judges gradients for health in the sense of <see cref="GradientHealth"/> (seed 000's
/// <c>gradients_ok</c>): every value finite (GG0003), not every value zero (GG0004), and no block entirely
/// zero while others are not (GG0005).
/// </summary>
internal static class HealthJudge
{
    /// <param name="what">What the values are, for messages: <c>analytic gradient</c> or <c>gradient</c>.</param>
    /// <param name="judgeLife">False where zeros are legitimate (a Jacobian may have zero blocks): only finiteness is judged.</param>
    /// <param name="judgeZeroBlocks">
    /// False where the numeric gradient will judge a zero block: a mismatch (GG0001) when the numeric one is not zero, and
    /// nothing verified (GG0023, <see cref="VacuityJudge"/>) when it is. Gradients of a health target have no numeric side:
    /// there a zero block among live ones is GG0005.
    /// </param>
    /// <returns>Each block's verdict from its health alone.</returns>
    public static Verdict[] Judge(CheckContext context, IReadOnlyList<GradientBlock> blocks, string what, bool judgeLife = true, bool judgeZeroBlocks = true)
    {
        var verdicts = new Verdict[blocks.Count];
        var reports = blocks.Select(block => GradientHealth.Inspect(block.Analytic)).ToArray();
        for (var index = 0; index < blocks.Count; index++)
        {
            if (!reports[index].AllFinite)
            {
                ReportNonFinite(context, blocks[index], reports[index], what);
                verdicts[index] = Verdict.Failed;
            }
        }

        if (!judgeLife)
        {
            return verdicts;
        }

        if (reports.All(report => report.AllZero))
        {
            var total = reports.Sum(report => report.Count);
            var names = string.Join(", ", blocks.Select(block => block.Name));
            context.Findings.Add(
                DiagnosticCodes.DeadGradient,
                Severity.Error,
                $"The {what} is zero everywhere ({(total == 1 ? "its only value" : $"all {total} values")}, in {names}): a dead or disconnected gradient. "
                    + "Check that the gradients returned are the ones computed (not fresh zero arrays) and that the loss depends on these "
                    + "values at all (every ReLU inactive, a detached path, a loss that ignores its inputs).",
                magnitude: total);
            Array.Fill(verdicts, Verdict.Failed);
            return verdicts;
        }

        for (var index = 0; index < blocks.Count && judgeZeroBlocks; index++)
        {
            if (reports[index].AllZero)
            {
                var block = blocks[index];
                context.Findings.Add(
                    DiagnosticCodes.DeadBlock,
                    Severity.Warning,
                    $"The {what} of {block.Name} is zero everywhere ({Numbers.Count(block.Length, "value")}) while other blocks are not: {block.Name} is dead "
                        + $"or disconnected. Check that {block.Producer} writes its result, and that {block.Name} reaches the loss "
                        + "(every unit it feeds inactive, a detached path).",
                    block.Name,
                    block.Length);
                verdicts[index] = Verdicts.Worse(verdicts[index], Verdict.Warning);
            }
        }

        return verdicts;
    }

    private static void ReportNonFinite(CheckContext context, GradientBlock block, GradientHealthReport report, string what)
    {
        var infinite = report.PositiveInfinityCount + report.NegativeInfinityCount;
        context.Findings.Add(
            DiagnosticCodes.NonFinite,
            Severity.Error,
            $"The {what} of {block.Name} holds {report.NaNCount} NaN and {infinite} infinite values of {report.Count} "
                + $"(first at {block.Naming.Label(report.FirstNonFiniteIndex)}). Check {block.Producer} for division by zero, "
                + "log or square root of zero or a negative number, and overflow (exp of a large value).",
            block.Name,
            report.NaNCount + infinite);
    }
}
