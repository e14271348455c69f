using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>GG0023: a block whose analytic and numeric gradients are both zero verified nothing, and fails unless declared zero.</summary>
public sealed class VacuityTests
{
    /// <summary>
    /// A two-layer ReLU network whose hidden layer is dead at this point (every pre-activation negative): W2's gradient is
    /// zero both ways, and so is W1's, although both reach the loss when they move far enough. b2 keeps the loss alive.
    /// </summary>
    private static LossTarget<double> DeadHiddenLayer()
    {
        double[] x = [0.5, 1.0], w1 = [-1.0, -0.8, -0.6, -1.2], w2 = [0.7, -0.4], b2 = [0.3];
        double Loss()
        {
            var output = b2[0];
            for (var unit = 0; unit < 2; unit++)
            {
                output += w2[unit] * Math.Max(0, (w1[unit * 2] * x[0]) + (w1[(unit * 2) + 1] * x[1]));
            }

            return 0.5 * output * output;
        }

        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "W1", w1, 2, 2 }, { "W2", w2 }, { "b2", b2 } },
            Loss,
            () => new Dictionary<string, double[]> { ["W1"] = new double[4], ["W2"] = new double[2], ["b2"] = [b2[0]] });
    }

    [Fact]
    public void A_dead_layer_fails_saying_every_unit_it_feeds_is_inactive_here()
    {
        var result = Checking.Run(DeadHiddenLayer());

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(["W1", "W2"], result.Findings.Where(finding => finding.Code == DiagnosticCodes.NothingVerified).Select(finding => finding.Block!).Order());
        var w1 = result.Findings.Single(finding => finding.Block == "W1");
        Assert.Contains("W1 does reach the loss (it changes when W1 moves far), but is flat at this point: every unit it feeds is inactive here", w1.Message);
        Assert.Equal(Verdict.Passed, result.Block("b2").Verdict);
    }

    [Fact]
    public void A_dead_layer_declared_zero_passes_and_only_the_declared_blocks_are_excused()
    {
        var declared = Checking.Run(DeadHiddenLayer().AllowZeroGradient("W1", "W2"));
        var partly = Checking.Run(DeadHiddenLayer().AllowZeroGradient("W2"));

        Assert.Equal(Verdict.Passed, declared.Verdict);
        Assert.Empty(declared.Findings);
        Assert.Equal("W1", Assert.Single(partly.Findings).Block);
    }

    [Fact]
    public void Declaring_a_block_zero_does_not_excuse_a_gradient_that_is_missing()
    {
        // x reaches the loss with gradient 2x, but the backward returns zeros: a mismatch, declared or not.
        double[] x = [0.5, -1.0, 2.0], y = [1.5];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x }, { "y", y } },
            () => x.Sum(v => v * v) + (y[0] * y[0]),
            () => new Dictionary<string, double[]> { ["x"] = new double[3], ["y"] = [2 * y[0]] });

        var result = Checking.Run(target.AllowZeroGradient("x"));

        Assert.Equal((DiagnosticCodes.GradientMismatch, "x"), (Assert.Single(result.Findings).Code, result.Findings[0].Block));
        Assert.Equal(MismatchPatternKinds.NeverWritten, result.Block("x").Pattern!.Kind);
    }

    [Fact]
    public void Declaring_a_block_the_target_does_not_have_is_an_invalid_target()
    {
        var result = Checking.Run(Targets.SumOfSquares([0.5, -1.0]).AllowZeroGradient("y"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.InvalidTarget, Verdict.Failed), (finding.Code, result.Verdict));
        Assert.StartsWith("AllowZeroGradient names 'y', which is not one of this target's blocks (x)", finding.Message);
    }

    [Fact]
    public void An_operator_input_the_output_ignores_fails_too()
    {
        double[] used = [0.5, 1.5], ignored = [2.0];
        var target = GradCheckTarget.Operator(
            new NamedArrays<double> { { "used", used }, { "ignored", ignored } },
            inputs => Array.ConvertAll(inputs[0], v => v * v),
            (inputs, upstream) => [inputs[0].Select((v, index) => 2 * v * upstream[index]).ToArray(), new double[1]]);

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.NothingVerified, "ignored"), (finding.Code, finding.Block));
        Assert.Contains("either nothing reads ignored", finding.Message);
    }

    [Theory]
    [InlineData(GradCheckMode.Full)]
    [InlineData(GradCheckMode.Fast)]
    public void Every_mode_fails_a_block_that_verified_nothing(GradCheckMode mode)
    {
        var result = Checking.Run(DeadHiddenLayer(), new CheckOverrides { Mode = CheckModes.Name(mode) });

        Assert.Equal(2, result.Findings.Count(finding => finding.Code == DiagnosticCodes.NothingVerified));
    }

    [Fact]
    public void A_health_target_keeps_the_seeds_rule_a_zero_block_among_live_ones_is_a_warning()
    {
        var result = Checking.Run(GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["W"] = [0.1], ["b"] = [0.0] }));

        Assert.Equal((DiagnosticCodes.DeadBlock, Verdict.Warning), (Assert.Single(result.Findings).Code, result.Verdict));
    }
}
