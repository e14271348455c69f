using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Judges what the directional derivatives of a block that fast mode located on a sample of its coordinates showed and
/// the sample did not: an error the directions prove fails the block, since a bug in coordinates the sample missed
/// must not pass; a disagreement that only a kink crossed along a direction explains makes it inconclusive (GG0008).
/// A failed block's sample may have been said to pass within, or to be beyond, the rounding of the loss (GG0015): the
/// failure supersedes what the sample's figures alone allowed, and its message says what the sample showed.
/// </summary>
internal static class UnlocatedMismatch
{
    private const int CoordinatesInMessage = 5;

    /// <summary>Whether the directions prove an error the sample did not show: the block's result has not failed, yet a direction crossing no kink disagrees beyond its rounding and the threshold.</summary>
    public static bool IsProven(CheckContext context, GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates, BlockResult result)
        => result.Verdict != Verdict.Failed && DirectionalJudge.DisagreesBeyondThreshold(context, block, estimates.Where(estimate => estimate.Kink is null).ToList());

    /// <param name="result">The block's result from the sampled comparison, failed here when the directions prove an error it missed.</param>
    /// <param name="perturbed">What was evaluated at the perturbed points, for messages: <c>loss</c>.</param>
    /// <param name="located">
    /// Coordinates located by halving the block and checked one by one since, the largest mismatch first; those whose
    /// difference exceeds their noise floor are named and join the block's worst coordinates.
    /// </param>
    public static void Report(
        CheckContext context, GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates, BlockResult result, string perturbed, IReadOnlyList<LocatedCoordinate> located)
    {
        if (result.Verdict == Verdict.Failed)
        {
            return;
        }

        if (!IsProven(context, block, estimates, result))
        {
            ReportKinks(context, block, estimates, result, perturbed);
            return;
        }

        var settings = context.Settings;
        var relativeError = DirectionalJudge.RelativeError(estimates, settings.Delta);
        var worst = estimates.MaxBy(estimate => estimate.Mismatch);
        var sampled = string.Join(", ", block.Coordinates.Take(CoordinatesInMessage).Select(block.Naming.Label))
            + (block.Coordinates.Length > CoordinatesInMessage ? $" and {block.Coordinates.Length - CoordinatesInMessage} more" : "");
        var wrong = located.Where(coordinate => coordinate.IsWrong).ToList();
        context.Findings.Withdraw(DiagnosticCodes.PrecisionLimit, block.Name);
        context.Findings.Add(
            DiagnosticCodes.GradientMismatch,
            Severity.Error,
            $"{block.Subject} is wrong: its directional derivatives along {Numbers.Count(estimates.Count, "seeded random direction")} disagree "
                + $"by {Numbers.Figure(relativeError)} (relative error; the worst differs by {Numbers.Figure(worst.Mismatch)}, where rounding "
                + $"typically explains at most {Numbers.Figure(worst.TypicalNoise)} and a gradient off by the error threshold "
                + $"{Numbers.Setting(settings.ErrorThreshold)} about {Numbers.Figure(DirectionalJudge.ThresholdMismatch(context, block, worst))}), "
                + $"yet the {Numbers.Count(block.Coordinates.Length, "sampled coordinate")}, checked one by one, show no error above the error threshold ({sampled}). "
                + (wrong.Count > 0
                    ? $"Halving the block along its directional derivatives located the error in coordinates the sample missed, checked one by one "
                        + $"since: {string.Join(", ", wrong.Select(coordinate => Describe(coordinate, settings.ErrorThreshold)))}. Check {block.Producer} at {(wrong.Count == 1 ? "this coordinate" : "these coordinates")}."
                    : $"The error is in coordinates the sample missed: run the check with Mode = GradCheckMode.Full to locate it, then check {block.Producer}."),
            block.Name,
            relativeError);
        (result.Verdict, result.RelativeError) = (Verdict.Failed, relativeError);
        result.CoordinatesChecked += located.Count;
        result.Worst = wrong.Select(coordinate => coordinate.Figures).Concat(result.Worst)
            .OrderByDescending(coordinate => coordinate.AbsoluteError)
            .Take(Math.Max(result.Worst.Count, wrong.Count))
            .ToList();
    }

    private static string Describe(LocatedCoordinate located, double resolution)
        => $"{located.Figures.Label} {Numbers.Versus(located.Figures.Analytic, located.Figures.Numeric, resolution)}";

    /// <summary>Says why a block whose directions crossed kinks is inconclusive, unless the sample found kinks itself and said so.</summary>
    private static void ReportKinks(CheckContext context, GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates, BlockResult result, string perturbed)
    {
        var crossed = estimates.Where(estimate => estimate.Kink is not null).ToList();
        if (crossed.Count == 0 || block.Kinks.Count > 0)
        {
            return;
        }

        var (first, slopes) = (crossed[0], crossed[0].Kink!.Value);
        context.Findings.Add(
            DiagnosticCodes.Inconclusive,
            Severity.Warning,
            $"{block.Subject} is inconclusive along {crossed.Count} of {Numbers.Count(estimates.Count, "seeded random direction")}: moving all "
                + $"{Numbers.Count(block.Length, "coordinate")} by about the step {Numbers.Setting(context.Settings.Epsilon)}{KinkFindings.StepScaling} crosses a point where "
                + $"the {perturbed} is not differentiable (along it the slope is {Numbers.Figure(slopes.Left)} from the left and "
                + $"{Numbers.Figure(slopes.Right)} from the right; the analytic directional derivative {Numbers.Figure(first.Analytic)} is one of "
                + $"them or between them), and the {Numbers.Count(block.Coordinates.Length, "sampled coordinate")}, checked one by one, show no "
                + "error above the error threshold. Nothing to do if kinks are expected (ReLU, max, abs); to judge every coordinate, run the "
                + "check with Mode = GradCheckMode.Full.",
            block.Name,
            crossed.Count);
        result.Verdict = Verdicts.Worse(result.Verdict, Verdict.Warning);
    }
}
