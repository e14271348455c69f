using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Fails a block that fast mode located on a sample of its coordinates when the sample found no error although the
/// directional derivatives proved one: a bug in coordinates the sample missed must not pass.
/// </summary>
internal static class UnlocatedMismatch
{
    private const int CoordinatesInMessage = 5;

    /// <param name="result">The block's result from the sampled comparison, failed here when the directions prove an error it missed.</param>
    public static void Report(CheckContext context, GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates, BlockResult result)
    {
        if (result.Verdict == Verdict.Failed || !DirectionalJudge.DisagreesBeyondThreshold(context, block, estimates))
        {
            return;
        }

        var settings = context.Settings;
        var relativeError = DirectionalJudge.RelativeError(estimates, settings.Delta);
        var worst = estimates.MaxBy(estimate => estimate.Mismatch);
        var sampled = string.Join(", ", block.Coordinates.Take(CoordinatesInMessage).Select(block.Naming.Label))
            + (block.Coordinates.Length > CoordinatesInMessage ? $" and {block.Coordinates.Length - CoordinatesInMessage} more" : "");
        context.Findings.Add(
            DiagnosticCodes.GradientMismatch,
            Severity.Error,
            $"{block.Subject} is wrong: its directional derivatives along {Numbers.Count(estimates.Count, "seeded random direction")} disagree "
                + $"by {Numbers.Figure(relativeError)} (relative error; the worst differs by {Numbers.Figure(worst.Mismatch)}, where rounding "
                + $"typically explains at most {Numbers.Figure(worst.TypicalNoise)} and a gradient off by the error threshold "
                + $"{Numbers.Setting(settings.ErrorThreshold)} about {Numbers.Figure(DirectionalJudge.ThresholdMismatch(context, block, worst))}), "
                + $"yet the {Numbers.Count(block.Coordinates.Length, "sampled coordinate")}, checked one by one, show no error above the error threshold ({sampled}). "
                + $"The error is in coordinates the sample missed: run the check with Mode = GradCheckMode.Full to locate it, then check {block.Producer}.",
            block.Name,
            relativeError);
        result.Verdict = Verdict.Failed;
    }
}
