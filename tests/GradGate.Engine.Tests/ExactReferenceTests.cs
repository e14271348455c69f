using System.Numerics;
using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Generic-math targets judged against GradGate's dual numbers: exact derivatives, a tolerance set by rounding alone.</summary>
public sealed class ExactReferenceTests
{
    [Theory]
    [InlineData("full")]
    [InlineData("sampled")]
    [InlineData("fast")]
    public void A_correct_generic_mlp_passes_in_every_mode(string mode)
    {
        var result = Checking.Run(new GenericMlp<double>().ToTarget(), new CheckOverrides { Mode = mode });

        Assert.Empty(result.Serious());
        Assert.Equal(("generic", Verdict.Passed), (result.Kind, result.Verdict));
        Assert.True(result.RelativeError < 1e-14, $"relative error {result.RelativeError}");
        Assert.Equal(mode == "fast" ? BlockJudgements.Directions : BlockJudgements.Coordinates, result.Block("W1").JudgedBy);
    }

    [Fact]
    public void A_1e_7_relative_bug_that_finite_differences_pass_is_caught()
    {
        var finiteDifferences = Checking.Run(new GenericMlp<double>(relativeError: 1e-7).ToFiniteDifferenceTarget());
        var exact = Checking.Run(new GenericMlp<double>(relativeError: 1e-7).ToTarget());

        Assert.Equal(Verdict.Passed, finiteDifferences.Verdict);
        Assert.Equal(Verdict.Failed, exact.Verdict);
        var finding = Assert.Single(exact.Serious());
        Assert.Equal((DiagnosticCodes.GradientMismatch, "W1"), (finding.Code, finding.Block));
        Assert.StartsWith("Gradient of W1 is wrong: it differs from the exact derivative of the generic loss (dual numbers, no finite differences) by "
            + "more than float64 rounding allows, at 24 of 24 coordinates checked; worst coordinates: W1[", finding.Message);
        Assert.Equal(Verdict.Failed, exact.Block("W1").Verdict);
        Assert.All(new[] { "b1", "W2", "b2" }, name => Assert.Equal(Verdict.Passed, exact.Block(name).Verdict));
        Assert.InRange(exact.Block("W1").RelativeError!.Value, 4e-8, 6e-8); // half the relative bug, by the norm formula
    }

    [Fact]
    public void In_fast_mode_the_bug_is_found_along_directions_and_located_by_coordinates()
    {
        var result = Checking.Run(new GenericMlp<double>(relativeError: 1e-7).ToTarget(), new CheckOverrides { Mode = "fast" });

        Assert.Equal(Verdict.Failed, result.Block("W1").Verdict);
        Assert.Equal(BlockJudgements.Coordinates, result.Block("W1").JudgedBy);
        Assert.Equal(BlockJudgements.Directions, result.Block("W2").JudgedBy);
    }

    [Fact]
    public void A_correct_float32_mlp_is_judged_at_float32_rounding_and_passes()
    {
        var correct = Checking.Run(new GenericMlp<float>().ToTarget());
        var broken = Checking.Run(new GenericMlp<float>(relativeError: 1e-3).ToTarget());

        Assert.Empty(correct.Serious());
        Assert.Equal(Verdict.Failed, broken.Block("W1").Verdict);
    }

    [Fact]
    public void A_generic_target_with_an_empty_parameter_is_refused_naming_it_as_the_other_targets_are()
    {
        var target = GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", [1.0, 2.0] }, { "bias", Array.Empty<double>() } },
            new Residual(1.0),
            () => new Dictionary<string, double[]> { ["x"] = [0.0, 0.0], ["bias"] = [] });

        var finding = Assert.Single(Checking.Run(target).Findings);

        Assert.Equal((DiagnosticCodes.InvalidTarget, "bias"), (finding.Code, finding.Block));
        Assert.Equal("The parameter bias has no elements: give it its values, or leave it out of the target.", finding.Message);
    }

    [Fact]
    public void An_ill_conditioned_loss_whose_gradient_cancels_does_not_false_alarm()
    {
        // L = (a b - c)^2 with a b within 3e-13 of c: the loss's residual carries the rounding of a b, about 4e-4 of its own size,
        // while the analytic gradient takes the residual with one rounding (a fused multiply-add). Both are right; they differ by
        // 4e-4 relative, which a tolerance of a few units of rounding of the gradient itself would call a bug.
        double[] x = [1.0000001, 0.9999999];
        var c = (x[0] * x[1]) * (1 + 3e-13);
        Assert.NotEqual((x[0] * x[1]) - c, Math.FusedMultiplyAdd(x[0], x[1], -c));
        var target = GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", x } },
            new Residual(c),
            () =>
            {
                var residual = Math.FusedMultiplyAdd(x[0], x[1], -c);
                return new Dictionary<string, double[]> { ["x"] = [2 * residual * x[1], 2 * residual * x[0]] };
            });

        var result = Checking.Run(target);

        Assert.Empty(result.Serious());
    }

    [Fact]
    public void A_loss_at_a_relu_kink_is_inconclusive_there_and_judged_elsewhere()
    {
        double[] x = [0.0, 0.5, -0.25];
        var target = GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", x } },
            new WeightedRelu(),
            () => new Dictionary<string, double[]> { ["x"] = [0.0, 2.0, 0.0] });

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Serious());
        Assert.Equal((DiagnosticCodes.Inconclusive, Severity.Warning), (finding.Code, finding.Severity));
        Assert.StartsWith("Gradient of x is inconclusive at 1 of 3 coordinates checked (x[0]): the generic loss is not differentiable", finding.Message);
        Assert.Equal((2, 1), (result.Block("x").CoordinatesChecked, result.Block("x").CoordinatesInconclusive));
        Assert.Equal(Verdict.Warning, result.Verdict);
    }

    [Fact]
    public void A_wrong_gradient_beside_a_kink_still_fails()
    {
        double[] x = [0.0, 0.5, -0.25];
        var target = GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", x } },
            new WeightedRelu(),
            () => new Dictionary<string, double[]> { ["x"] = [0.0, 2.0 * (1 + 1e-9), 0.0] });

        var result = Checking.Run(target);

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Contains("x[1] analytic 2.000000002 vs exact 2", result.Findings.Single(finding => finding.Code == DiagnosticCodes.GradientMismatch).Message);
    }

    [Fact]
    public void The_dual_numbers_give_exact_derivatives_of_known_functions()
    {
        var x = new Exact.Dual(0.7, 1);

        Assert.Equal(Math.Cos(0.7), Exact.Dual.Sin(x).Derivative, 15);
        Assert.Equal(1 - (Math.Tanh(0.7) * Math.Tanh(0.7)), Exact.Dual.Tanh(x).Derivative, 15);
        Assert.Equal(3 * Math.Pow(0.7, 2), Exact.Dual.Pow(x, Exact.Dual.Constant(3)).Derivative, 14);
        Assert.Equal(-1 / (0.7 * 0.7), (Exact.Dual.One / x).Derivative, 14);
        Assert.Equal(Math.Exp(0.7) / (1 + Math.Exp(0.7)), Exact.Dual.Log(Exact.Dual.One + Exact.Dual.Exp(x)).Derivative, 15);
    }

    [Fact]
    public void A_parameter_the_gradient_closure_changes_is_reported_and_restored()
    {
        double[] x = [0.5, 0.25];
        var target = GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", x } },
            new WeightedRelu(),
            () =>
            {
                x[0] = 9;
                return new Dictionary<string, double[]> { ["x"] = [1.0, 2.0] };
            });

        var result = Checking.Run(target);

        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.MutatedInput);
        Assert.Equal([0.5, 0.25], x);
    }

    [Fact]
    public void A_parameter_that_is_a_view_into_a_buffer_is_refused_with_what_to_do()
    {
        var parameters = new NamedArrays<double> { { "x", new ArraySegment<double>(new double[6], 2, 3) } };

        var refused = Assert.Throws<InvalidGradCheckTargetException>(() => GradCheckTarget.GenericLoss(
            parameters, new WeightedRelu(), () => new Dictionary<string, double[]>()));

        Assert.StartsWith("The parameter 'x' is a view into a larger buffer, but a generic loss receives its parameters as arrays", refused.Message);
    }

    /// <summary><c>(x0 x1 - c)^2</c>.</summary>
    private sealed class Residual(double c) : IGenericLoss
    {
        public TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
            where TNumber : IFloatingPointIeee754<TNumber>
        {
            var residual = (parameters[0][0] * parameters[0][1]) - TNumber.CreateTruncating(c);
            return residual * residual;
        }
    }

    /// <summary><c>sum(w_i max(x_i, 0))</c> with weights 1, 2, 3.</summary>
    private sealed class WeightedRelu : IGenericLoss
    {
        public TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
            where TNumber : IFloatingPointIeee754<TNumber>
        {
            var sum = TNumber.Zero;
            for (var index = 0; index < parameters[0].Length; index++)
            {
                sum += TNumber.CreateTruncating(index + 1) * TNumber.Max(parameters[0][index], TNumber.Zero);
            }

            return sum;
        }
    }
}
