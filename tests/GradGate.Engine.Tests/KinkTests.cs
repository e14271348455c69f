using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>GG0008: a step that crosses a non-differentiable point is inconclusive, not a bug; a real bug next to a kink still fails.</summary>
public sealed class KinkTests
{
    /// <remarks>
    /// relu'(0) = 0.5 is the mean of the one-sided slopes, which the central difference also measures where a
    /// step crosses the kink at its very middle: those W coordinates agree and are judged, not inconclusive.
    /// </remarks>
    [Theory]
    [InlineData(0.0, 4)]
    [InlineData(1.0, 4)]
    [InlineData(0.5, 2)]
    public void A_correct_relu_network_at_and_within_epsilon_of_zero_has_no_error(double derivativeAtZero, int inconclusiveInW)
    {
        var result = Checking.Run(ReluAtZero.Correct(derivativeAtZero).ToTarget());

        Assert.Equal(Verdict.Warning, result.Verdict);
        Assert.DoesNotContain(result.Findings, finding => finding.Severity == Severity.Error || finding.Code == DiagnosticCodes.GradientMismatchWarning);
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
        Assert.Equal([inconclusiveInW, 2, 0], result.Blocks.Select(block => block.CoordinatesInconclusive));
        Assert.Equal([6 - inconclusiveInW, 1, 3], result.Blocks.Select(block => block.CoordinatesChecked));
    }

    [Fact]
    public void Each_block_with_kinks_gets_one_warning_that_names_the_coordinates_and_their_slopes()
    {
        var result = Checking.Run(ReluAtZero.Correct().ToTarget());

        var findings = result.Findings.Where(finding => finding.Code == DiagnosticCodes.Inconclusive).ToList();
        Assert.Equal(["W", "b"], findings.Select(finding => finding.Block));
        Assert.All(findings, finding => Assert.Equal(Severity.Warning, finding.Severity));
        var bias = findings[1].Message;
        Assert.StartsWith("Gradient of b is inconclusive at 2 of 3 coordinates checked (b[0], b[1]): a step of 1e-06 (times |x| where |x| > 1) there crosses a point where "
            + "the loss is not differentiable (at b[0] the slope is 2.34e+00 from the left and 2.39e+00 from the right; the analytic value 2.34e+00", bias);
        Assert.Contains("left out of the relative error; the other 1 were judged.", bias);
        Assert.EndsWith("check at a point away from the kink; b[0] is at the kink itself, where every step crosses it, and a smaller Epsilon "
            + "(below 4e-07) would judge b[1].", bias);
        Assert.Equal((Verdict.Warning, Verdict.Warning, Verdict.Passed), (result.Block("W").Verdict, result.Block("b").Verdict, result.Block("v").Verdict));
    }

    /// <remarks>
    /// Before, every kink warning advised "or with a smaller Epsilon", also for a kink at the check's point, which every
    /// step crosses. The five samples place the kink, so the advice names an Epsilon that avoids it (at most the kink's
    /// distance over the coordinate's step scale, and not far below it), or says none does.
    /// </remarks>
    [Theory]
    [InlineData(0.3, 0.0, 0.0)]
    [InlineData(0.3, 4e-7, 4e-7)]
    [InlineData(0.3, -2.5e-7, 2.5e-7)]
    [InlineData(30, 1e-5, 1e-5 / 30)]
    public void The_kink_advice_names_the_epsilon_that_avoids_the_kink_or_says_none_does(double point, double kinkOffset, double avoidingEpsilon)
    {
        // |x - c| + x^2 with the kink c at the given offset from the point, the analytic value the one-sided slope at the point.
        var kink = point - kinkOffset;
        var result = Checking.Run(Targets.Loss("x", [point], x => Math.Abs(x[0] - kink) + (x[0] * x[0]), x => [(x[0] >= kink ? 1 : -1) + (2 * x[0])]));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.Inconclusive, finding.Code);
        if (avoidingEpsilon == 0)
        {
            Assert.EndsWith("check at a point away from the kink: it lies at the check's point itself, where every step crosses it, so a smaller Epsilon cannot help.", finding.Message);
            return;
        }

        var advised = System.Text.RegularExpressions.Regex.Match(finding.Message, @"check at a point away from the kink or with a smaller Epsilon \(below ([0-9.e+-]+)\)\.$");
        Assert.True(advised.Success, finding.Message);
        Assert.InRange(double.Parse(advised.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0.95 * avoidingEpsilon, avoidingEpsilon);
    }

    [Fact]
    public void Only_coordinates_that_would_fail_cost_extra_evaluations()
    {
        var result = Checking.Run(ReluAtZero.Correct().ToTarget());

        // 3 at the point and 2 per coordinate, then the value at the point once and 2 half steps per kinked coordinate.
        const int coordinates = 6 + 3 + 3;
        Assert.Equal(3 + (2 * coordinates) + 1 + (2 * 6), result.Evaluations);
    }

    [Fact]
    public void A_real_bug_next_to_the_kinks_is_still_an_error()
    {
        var result = Checking.Run(ReluAtZero.WithDoubledWGradient().ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var mismatch = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
        Assert.Equal("W", mismatch.Block);
        Assert.Equal(Verdict.Failed, result.Block("W").Verdict);
    }

    [Fact]
    public void An_analytic_value_outside_both_one_sided_slopes_is_a_bug_even_at_the_kink()
    {
        // relu(x) + x^2 at x = 0: the slopes are 0 from the left and 1 from the right, so 2 is no subgradient.
        var result = Checking.Run(Targets.Loss("x", [0.0], x => Math.Max(0, x[0]) + (x[0] * x[0]), _ => [2.0]));

        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
        Assert.Equal(0, result.Block("x").CoordinatesInconclusive);
    }

    [Fact]
    public void The_absolute_value_within_epsilon_of_zero_is_inconclusive()
    {
        // At 4e-7 the derivative is 1, but the central difference over [-6e-7, 1.4e-6] measures 0.4.
        var result = Checking.Run(Targets.Loss("x", [4e-7, 1.5], x => Math.Abs(x[0]) + Math.Abs(x[1]), x => Array.ConvertAll(x, v => (double)Math.Sign(v))));

        Assert.Equal(DiagnosticCodes.Inconclusive, Assert.Single(result.Findings).Code);
        Assert.Equal((1, 1), (result.Block("x").CoordinatesInconclusive, result.Block("x").CoordinatesChecked));
    }

    [Fact]
    public void A_float32_kink_within_the_larger_float32_step_is_inconclusive_and_a_float32_bug_beside_it_still_fails()
    {
        float[] x = [4e-3f, 0.75f];
        float[] wrong = [4e-3f, 0.75f];
        var correct = GradCheckTarget.Loss(
            new NamedArrays<float> { { "x", x } },
            () => Math.Abs(x[0]) + (x[1] * x[1] * x[1]),
            () => new Dictionary<string, float[]> { ["x"] = [1f, 3 * x[1] * x[1]] });
        var buggy = GradCheckTarget.Loss(
            new NamedArrays<float> { { "x", wrong } },
            () => Math.Abs(wrong[0]) + (wrong[1] * wrong[1] * wrong[1]),
            () => new Dictionary<string, float[]> { ["x"] = [1f, 3.1f * wrong[1] * wrong[1]] });

        var passed = Checking.Run(correct);
        var failed = Checking.Run(buggy);

        Assert.Equal(DiagnosticCodes.Inconclusive, Assert.Single(passed.Findings).Code);
        Assert.Equal(1, passed.Block("x").CoordinatesInconclusive);
        Assert.Equal([DiagnosticCodes.GradientMismatch, DiagnosticCodes.Inconclusive], failed.Findings.Select(finding => finding.Code));
    }

    /// <remarks>
    /// The curvature cannot explain the mismatch as a kink, and at an element relative error of 0.2 it is far beyond what
    /// extrapolating the step's truncation could repair (above sqrt(1e-5)), so the half steps are not evaluated.
    /// </remarks>
    [Fact]
    public void A_smooth_bug_costs_no_extra_evaluation_because_neither_a_kink_nor_truncation_can_explain_it()
    {
        var result = Checking.Run(Targets.Loss("x", [0.5, -1.0], x => x.Sum(v => v * v * v), x => Array.ConvertAll(x, v => 2 * v * v)));

        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
        Assert.Equal(3 + (2 * 2) + 1, result.Evaluations);
    }
}
