using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// A block whose central differences the rounding of a large loss decides at the default step: its coordinates are
/// estimated again at a step that resolves them, so a correct block passes and a wrong one fails without a precision
/// note beside it, and a block that no step resolves is said to be beyond the type's precision, not wrong.
/// </summary>
public sealed class NoiseLimitedStepTests
{
    /// <summary>A loss of about 5e6 from terms the bias does not reach, which rounds by about 1e-9: 5e-4 of a derivative of one at a step of 1e-6, where the 1% error below changes b1's by 7.5e-3.</summary>
    private const double LargeLoss = 5e6;

    [Fact]
    public void A_correct_bias_beside_a_large_loss_passes_at_a_larger_step()
    {
        var result = Checking.Run(BiasBeside(LargeLoss));

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.InRange(result.Block("b").RelativeError!.Value, 0, 1e-5);
    }

    [Fact]
    public void A_bias_one_percent_off_beside_a_large_loss_fails_without_a_precision_note()
    {
        var result = Checking.Run(BiasBeside(LargeLoss, biasFactor: 1.01));

        var mismatch = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "b"), (mismatch.Code, mismatch.Block));
        Assert.InRange(result.Block("b").RelativeError!.Value, 2e-3, 2.5e-3);
    }

    [Fact]
    public void A_bias_a_hundred_times_closer_is_still_told_from_rounding_at_the_larger_step()
    {
        var result = Checking.Run(BiasBeside(LargeLoss, biasFactor: 1.0001));

        Assert.Equal((DiagnosticCodes.GradientMismatch, "b"), (Assert.Single(result.Findings).Code, result.Findings[0].Block));
        Assert.InRange(result.Block("b").RelativeError!.Value, 2e-5, 2.5e-5);
    }

    /// <remarks>
    /// Beside a loss of 1e15, which rounds by about 0.1, even the largest step GradGate takes (1e-2) leaves a derivative of
    /// one uncertain by about ten: nothing can be said, right or wrong.
    /// </remarks>
    [Theory]
    [InlineData(1.0)]
    [InlineData(1.01)]
    public void A_bias_beside_a_loss_no_step_resolves_is_beyond_precision_not_wrong(double biasFactor)
    {
        var result = Checking.Run(BiasBeside(1e15, biasFactor));

        var note = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.PrecisionLimit, Severity.Warning, "b"), (note.Code, note.Severity, note.Block));
        Assert.StartsWith("Gradient of b cannot be judged at float64 precision: its relative error", note.Message);
        Assert.Contains("the largest GradGate takes", note.Message);
        Assert.Equal((Verdict.Warning, Verdict.Warning), (result.Verdict, result.Block("b").Verdict));
    }

    /// <summary>A step the user set is used as set: the mismatch fails, and the precision note says what to change.</summary>
    [Fact]
    public void A_step_the_user_set_is_not_enlarged()
    {
        var result = Checking.Run(BiasBeside(LargeLoss), new CheckOverrides { Epsilon = 1e-6 });

        Assert.Equal(
            [DiagnosticCodes.GradientMismatch, DiagnosticCodes.PrecisionLimit],
            result.Findings.Select(finding => finding.Code));
        Assert.Contains("or use a larger Epsilon", result.Findings[1].Message);
    }

    /// <remarks>
    /// <c>1e6 + 0.5 sum(w^2) + 0.1 |w_k - t|</c> over 100,000 weights summed in order from 1e6, whose rounding decides the
    /// directional derivatives at the default step, with <c>w_k</c> 2e-5 from its kink: the step of 1e-6 does not reach it,
    /// the larger step the directions are measured again at does, and its slope jump of 0.2 is a disagreement ten times
    /// what a gradient off by the error threshold would cause, yet a thousandth of the directional derivative.
    /// </remarks>
    [Fact]
    public void A_kink_only_the_larger_step_crosses_does_not_fail_a_correct_gradient()
    {
        const int kinked = 31_337;
        var w = Enumerable.Range(0, 100_000).Select(index => Math.Sin(index)).ToArray();
        var kink = w[kinked] - 2e-5;
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w } },
            () =>
            {
                var total = 1e6;
                foreach (var value in w)
                {
                    total += 0.5 * value * value;
                }

                return total + (0.1 * Math.Abs(w[kinked] - kink));
            },
            () => new Dictionary<string, double[]> { ["w"] = w.Select((value, index) => value + (index == kinked ? 0.1 : 0)).ToArray() });

        var result = Checking.Run(target);

        Assert.Equal("fast", result.Settings!.Mode);
        Assert.DoesNotContain(result.Findings, finding => finding.Severity == Severity.Error);
    }

    /// <remarks>
    /// <c>5e6 + b0^2 + b1^3 + c |b1 - t|</c> with the kink <c>t</c> a little below <c>b1</c>: the default step does not reach it,
    /// the step the bias needs (about 2.3e-3) crosses it. The first two kinks changed the derivative by less than a
    /// thousandth (their five values passed as smooth) and the second's curvature cancelled b1^3's, which the curvature test
    /// took for the absence of a kink; the third's steep kink made the bias's noise floor swamp b0's clear 1% error.
    /// </remarks>
    [Theory]
    [InlineData(7e-4, 1e-3, 1.0)]
    [InlineData(1.5e-3, 1e-2, 1.0)]
    [InlineData(1e-5, 1.0, 1.01)]
    public void A_kink_the_larger_step_crosses_is_inconclusive_and_an_error_beside_it_still_fails(double distance, double jump, double gradientFactor)
    {
        double[] b = [0.75, -0.5];
        var kink = b[1] - distance;
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "b", b } },
            () => LargeLoss + (b[0] * b[0]) + (b[1] * b[1] * b[1]) + (jump * Math.Abs(b[1] - kink)),
            () => new Dictionary<string, double[]> { ["b"] = [2 * b[0] * gradientFactor, ((3 * b[1] * b[1]) + (jump * Math.Sign(b[1] - kink))) * gradientFactor] });

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(gradientFactor == 1 ? DiagnosticCodes.Inconclusive : DiagnosticCodes.GradientMismatch, finding.Code);
    }

    /// <summary><c>offset + b0^2 + b1^3</c> at <c>b = (0.75, -0.5)</c>, with the gradient of <c>b1</c> times <paramref name="biasFactor"/>.</summary>
    private static LossTarget<double> BiasBeside(double offset, double biasFactor = 1)
    {
        double[] b = [0.75, -0.5];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "b", b } },
            () => offset + (b[0] * b[0]) + (b[1] * b[1] * b[1]),
            () => new Dictionary<string, double[]> { ["b"] = [2 * b[0], 3 * b[1] * b[1] * biasFactor] });
    }
}
