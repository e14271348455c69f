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
        var labels = Labels(block, block.Kinks);
        var judged = block.Coordinates.Length - block.Kinks.Count - block.VanishedSteps;
        context.Findings.Add(
            DiagnosticCodes.Inconclusive,
            Severity.Warning,
            $"{block.Subject} is inconclusive at {block.Kinks.Count} of {Numbers.Count(block.Coordinates.Length, "coordinate")} checked ({labels}): "
                + $"a step of {Numbers.Setting(context.Settings.Epsilon)}{StepScaling} there crosses a point where the {perturbed} is not differentiable "
                + $"(at {block.Naming.Label(first.Coordinate)} the slope is {Numbers.Figure(first.LeftSlope)} from the left and "
                + $"{Numbers.Figure(first.RightSlope)} from the right; the analytic value {Numbers.Figure(block.Analytic[first.Coordinate])} is one "
                + $"of them or between them). These coordinates were left out of the relative error; the other {judged} were judged. "
                + "Nothing to do if a kink is expected there (ReLU at zero, max, abs); to judge these coordinates too, " + Advice(block),
            block.Name,
            block.Kinks.Count);
        return Verdict.Warning;
    }

    /// <summary>
    /// What would judge the kinked coordinates: a point away from the kink always; a smaller Epsilon only for kinks off the
    /// point itself (below the largest Epsilon that avoids them all, where the samples placed them), since every step
    /// crosses a kink at the point.
    /// </summary>
    private static string Advice(GradientBlock block)
    {
        var atPoint = block.Kinks.Where(kink => kink.AvoidingEpsilon == 0).ToList();
        if (atPoint.Count == block.Kinks.Count)
        {
            return "check at a point away from the kink: it lies at the check's point itself, where every step crosses it, so a smaller Epsilon cannot help.";
        }

        var offPoint = block.Kinks.Where(kink => kink.AvoidingEpsilon != 0).ToList();
        var smallerEpsilon = "a smaller Epsilon" + (offPoint.All(kink => kink.AvoidingEpsilon is not null)
            ? $" (below {Numbers.Setting(RoundedDown(offPoint.Min(kink => kink.AvoidingEpsilon!.Value)))})"
            : "");
        if (atPoint.Count == 0)
        {
            return $"check at a point away from the kink or with {smallerEpsilon}.";
        }

        return $"check at a point away from the kink; {Labels(block, atPoint)} {(atPoint.Count == 1 ? "is" : "are")} at the kink itself, where every step "
            + $"crosses it, and {smallerEpsilon} would judge {Labels(block, offPoint)}.";
    }

    private static string Labels(GradientBlock block, IReadOnlyList<Kink> kinks)
        => string.Join(", ", kinks.Take(KinksInMessage).Select(kink => block.Naming.Label(kink.Coordinate))) + (kinks.Count > KinksInMessage ? ", ..." : "");

    /// <summary>
    /// The value rounded down to two significant digits, so that the Epsilon printed is not above it; a millionth of slack
    /// keeps a distance measured as 3.9999999e-7 from printing as 3.9e-7.
    /// </summary>
    private static double RoundedDown(double value)
    {
        var unit = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Floor((value / unit) + 1e-6) * unit;
    }
}
