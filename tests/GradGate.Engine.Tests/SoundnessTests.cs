using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>GG0003 (non-finite), GG0004 and GG0005 (dead), GG0006 (nondeterministic), GG0007 (mutating) on loss and operator targets.</summary>
public sealed class SoundnessTests
{
    [Fact]
    public void A_loss_that_is_NaN_at_the_point_stops_the_check()
    {
        var result = Checking.Run(Targets.Loss("x", [-1.0], x => Math.Log(x[0]), x => [1 / x[0]]));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.NonFinite, finding.Code);
        Assert.StartsWith("The loss is NaN at the unperturbed point, so no gradient can be judged.", finding.Message);
        Assert.Empty(result.Blocks);
        Assert.Null(result.RelativeError);
    }

    [Fact]
    public void A_non_finite_analytic_gradient_names_the_block_and_first_coordinate()
    {
        var result = Checking.Run(Targets.SumOfSquares([1.0, 2.0, 3.0], x => [2 * x[0], double.NaN, double.PositiveInfinity]));

        var finding = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.NonFinite);
        Assert.Contains("The analytic gradient of x holds 1 NaN and 1 infinite values of 3 (first at x[1])", finding.Message);
        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Null(result.Block("x").RelativeError);
    }

    [Fact]
    public void A_loss_that_is_not_finite_one_step_away_gives_a_non_finite_numeric_gradient()
    {
        var result = Checking.Run(Targets.Loss("x", [1.0, 1e-7], x => x.Sum(Math.Log), x => Array.ConvertAll(x, v => 1 / v)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.NonFinite, "x"), (finding.Code, finding.Block));
        Assert.StartsWith("The numeric gradient of x is not finite at 1 of 2 coordinates (first at x[1])", finding.Message);
        Assert.Equal(Verdict.Failed, result.Block("x").Verdict);
    }

    [Fact]
    public void A_forward_output_that_is_not_finite_stops_an_operator_check()
    {
        var result = Checking.Run(Targets.Square([1.0, 0.0], forward: x => Array.ConvertAll(x, v => 1 / v)));

        Assert.Contains("(first at Y[1]) at the unperturbed point", Assert.Single(result.Findings, f => f.Code == DiagnosticCodes.NonFinite).Message);
    }

    [Fact]
    public void An_analytic_gradient_that_is_zero_everywhere_is_a_dead_gradient()
    {
        var result = Checking.Run(Targets.SumOfSquares([1.0, 2.0], x => new double[x.Length]));

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.DeadGradient, result.Findings[0].Code);
        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
    }

    [Fact]
    public void A_parameter_the_loss_ignores_verified_nothing_and_fails_saying_nothing_reads_it()
    {
        var result = Checking.Run(IgnoredParameter());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.NothingVerified, Severity.Error, "unused"), (finding.Code, finding.Severity, finding.Block));
        Assert.StartsWith("Nothing was verified for unused: its analytic and numeric gradients are both zero at every coordinate (1)", finding.Message);
        Assert.Contains("the loss does not change even when every coordinate of unused moves by twice its size either way, so nothing reads it", finding.Message);
        Assert.EndsWith(".AllowZeroGradient(\"unused\").", finding.Message);
        Assert.Equal(Verdict.Failed, result.Block("unused").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("used").Verdict);
    }

    [Fact]
    public void A_parameter_declared_zero_passes()
    {
        var result = Checking.Run(IgnoredParameter().AllowZeroGradient("unused"));

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Findings);
    }

    private static LossTarget<double> IgnoredParameter()
    {
        double[] used = [1.0, 2.0], unused = [3.0];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "used", used }, { "unused", unused } },
            () => used.Sum(v => v * v),
            () => new Dictionary<string, double[]> { ["used"] = Array.ConvertAll(used, v => 2 * v), ["unused"] = [0.0] });
    }

    [Fact]
    public void A_loss_with_dropout_left_on_is_nondeterministic()
    {
        var dropout = new Random(5);
        double[] x = [1.0, 2.0];
        var target = Targets.Loss("x", x, values => values.Sum(v => dropout.NextDouble() < 0.5 ? 0 : v * v), values => Array.ConvertAll(values, v => 2 * v));

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.Nondeterministic, finding.Code);
        Assert.Contains("Turn off dropout, use fixed batch statistics", finding.Message);
        Assert.Equal(Verdict.Failed, result.Verdict);
    }

    [Theory]
    [InlineData(4e-16, false)]
    [InlineData(1e-12, true)]
    public void Only_differences_beyond_rounding_count_as_nondeterminism(double wobble, bool nondeterministic)
    {
        var calls = 0;
        var target = Targets.Loss("x", [1.0, 2.0], x => x.Sum(v => v * v) * (++calls % 2 == 0 ? 1 + wobble : 1), x => Array.ConvertAll(x, v => 2 * v));

        var result = Checking.Run(target);

        Assert.Equal(nondeterministic, result.Findings.Any(finding => finding.Code == DiagnosticCodes.Nondeterministic));
        Assert.Equal(nondeterministic, result.Verdict == Verdict.Failed);
    }

    [Fact]
    public void A_forward_pass_with_randomness_is_nondeterministic()
    {
        var noise = new Random(3);
        var result = Checking.Run(Targets.Square([1.0, 2.0], forward: x => Array.ConvertAll(x, v => (v * v) + noise.NextDouble())));

        Assert.StartsWith("The forward closure returns different outputs for the same inputs (Y[0]:", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_backward_pass_that_accumulates_between_calls_is_nondeterministic()
    {
        var accumulated = new double[2];
        var result = Checking.Run(Targets.Square([1.0, 2.0], backward: (x, g) =>
        {
            for (var i = 0; i < x.Length; i++)
            {
                accumulated[i] += 2 * x[i] * g[i];
            }

            return accumulated;
        }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.Nondeterministic, finding.Code);
        Assert.Contains("do not accumulate into a buffer kept between calls", finding.Message);
    }

    [Fact]
    public void A_loss_that_changes_its_parameters_is_reported_and_stops_the_check()
    {
        double[] w = [1.0, 2.0];
        var result = Checking.Run(Targets.Loss("w", w, x => { x[1] += 0.5; return x.Sum(); }, x => [1.0, 1.0]));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.MutatedInput, "w"), (finding.Code, finding.Block));
        Assert.StartsWith("The loss closure changed parameter w (first at w[1]: 2 before the call, 2.5 after it)", finding.Message);
        Assert.Equal([1.0, 2.0], w);
        Assert.Equal(1, result.Evaluations);
    }

    [Fact]
    public void A_gradient_closure_that_takes_an_optimiser_step_is_reported_and_the_check_goes_on()
    {
        double[] w = [1.0, -2.0];
        var target = Targets.Loss("w", w, x => x.Sum(v => v * v), x =>
        {
            var gradient = Array.ConvertAll(x, v => 2 * v);
            x[0] -= 0.1 * gradient[0];
            return gradient;
        });

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.MutatedInput, finding.Code);
        Assert.Contains("The gradient closure changed parameter w", finding.Message);
        Assert.Contains("the check went on from the original point", finding.Message);
        Assert.Equal(Verdict.Passed, result.Block("w").Verdict);
        Assert.Equal([1.0, -2.0], w);
    }

    [Fact]
    public void A_forward_pass_that_works_in_place_is_reported()
    {
        double[] x = [1.0, 2.0];
        var result = Checking.Run(Targets.Square(x, forward: input =>
        {
            for (var i = 0; i < input.Length; i++)
            {
                input[i] *= input[i];
            }

            return (double[])input.Clone();
        }));

        Assert.StartsWith("The forward closure changed input x (first at x[1]", Assert.Single(result.Findings).Message);
        Assert.Equal([1.0, 2.0], x);
    }

    [Fact]
    public void A_backward_pass_that_overwrites_the_upstream_gradient_is_reported()
    {
        var result = Checking.Run(Targets.Square([1.0, 2.0], backward: (x, g) =>
        {
            for (var i = 0; i < x.Length; i++)
            {
                g[i] *= 2 * x[i];
            }

            return g;
        }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.MutatedInput, finding.Code);
        Assert.StartsWith("The backward closure changed the upstream gradient it was given (first at G[0]", finding.Message);
    }
}
