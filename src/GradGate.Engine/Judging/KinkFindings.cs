using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>Reports the coordinates of a block left out of its figures because the step crossed a kink (GG0008, a warning).</summary>
internal static class KinkFindings
{
    private const int KinksInMessage = 3;

    /// <summary>How every message that names the step says it is scaled to the coordinate (see <see cref="Numerics.RelativeStep"/>).</summary>
    public const string StepScaling = " (times |x| where |x| > 1)";

    /// <param name="perturbed">What was evaluated at the perturbed points, for the message: <c>loss</c>.</param>
    /// <returns>The block's verdict from its kinks alone: a warning when it has any.</returns>
    public static Verdict Report(CheckContext context, GradientBlock block, string perturbed)
    {
        if (block.Kinks.Count == 0)
        {
            return Verdict.Passed;
        }

        var first = block.Kinks[0];
        var labels = string.Join(", ", block.Kinks.Take(KinksInMessage).Select(kink => block.Naming.Label(kink.Coordinate)))
            + (block.Kinks.Count > KinksInMessage ? ", ..." : "");
        var judged = block.Coordinates.Length - block.Kinks.Count - block.VanishedSteps;
        context.Findings.Add(
            DiagnosticCodes.Inconclusive,
            Severity.Warning,
            $"{block.Subject} is inconclusive at {block.Kinks.Count} of {Numbers.Count(block.Coordinates.Length, "coordinate")} checked ({labels}): "
                + $"a step of {Numbers.Setting(context.Settings.Epsilon)}{StepScaling} there crosses a point where the {perturbed} is not differentiable "
                + $"(at {block.Naming.Label(first.Coordinate)} the slope is {Numbers.Figure(first.LeftSlope)} from the left and "
                + $"{Numbers.Figure(first.RightSlope)} from the right; the analytic value {Numbers.Figure(block.Analytic[first.Coordinate])} is one "
                + $"of them or between them). These coordinates were left out of the relative error; the other {judged} were judged. "
                + "Nothing to do if a kink is expected there (ReLU at zero, max, abs); to judge these coordinates too, check at a point "
                + "away from the kink or with a smaller Epsilon.",
            block.Name,
            block.Kinks.Count);
        return Verdict.Warning;
    }
}
