using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>The seeds' scenarios, ported: seed 002's network and sigmoid op, seed 003's layer norm.</summary>
public sealed class SeedScenarioTests
{
    [Fact]
    public void The_broken_network_fails_on_W1_and_only_W1()
    {
        var result = Checking.Run(TwoLayerNet.Broken().ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var mismatch = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
        Assert.Equal("W1", mismatch.Block);
        Assert.StartsWith("Gradient of W1 is wrong: relative error 3.33e-01 exceeds the error threshold 1e-05. Worst coordinates: W1[", mismatch.Message);
        Assert.EndsWith("Check the backward pass that computes dW1.", mismatch.Message);
        Assert.Equal(Verdict.Failed, result.Block("W1").Verdict);
        Assert.All(new[] { "b1", "W2", "b2" }, name => Assert.Equal(Verdict.Passed, result.Block(name).Verdict));
    }

    [Fact]
    public void The_broken_network_names_its_worst_coordinates_with_their_index_in_W1s_shape()
    {
        var worst = Checking.Run(TwoLayerNet.Broken().ToTarget()).Block("W1").Worst;

        Assert.Equal(5, worst.Count);
        Assert.All(worst, coordinate =>
        {
            Assert.Equal((coordinate.Index[0] * 10) + coordinate.Index[1], coordinate.FlatIndex);
            Assert.Equal($"W1[{coordinate.Index[0]},{coordinate.Index[1]}]", coordinate.Label);
            Assert.Equal(2.0, coordinate.Analytic / coordinate.Numeric, precision: 6);
        });
        Assert.True(worst.Zip(worst.Skip(1)).All(pair => pair.First.AbsoluteError >= pair.Second.AbsoluteError));
    }

    [Fact]
    public void The_fixed_network_passes_at_or_below_1e7()
    {
        var result = Checking.Run(TwoLayerNet.Fixed().ToTarget());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
        Assert.All(result.Blocks, block => Assert.InRange(block.RelativeError!.Value, 0, 1e-7));
    }

    [Fact]
    public void The_sigmoid_with_out_times_one_plus_out_fails()
    {
        var result = Checking.Run(Sigmoid.Buggy());

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal("x", Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch).Block);
    }

    [Fact]
    public void The_correct_sigmoid_passes_at_or_below_1e7()
    {
        var result = Checking.Run(Sigmoid.Correct());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
    }

    [Fact]
    public void The_full_Jacobian_of_the_buggy_sigmoid_names_output_and_input_coordinates()
    {
        var result = Checking.Run(Sigmoid.Buggy().WithFullJacobian());

        var jacobian = result.Block("dY/dx");
        Assert.Equal([5, 5], jacobian.Shape);
        Assert.Equal(Verdict.Failed, jacobian.Verdict);
        Assert.All(jacobian.Worst, entry => Assert.Equal($"dY[{entry.Index[0]}]/dx[{entry.Index[0]}]", entry.Label));
        Assert.Contains(result.Findings, finding => finding.Block == "dY/dx" && finding.Message.StartsWith("Jacobian dY/dx is wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_Jacobian_of_the_correct_sigmoid_is_diagonal_and_passes()
    {
        var result = Checking.Run(Sigmoid.Correct().WithFullJacobian());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.InRange(result.Block("dY/dx").RelativeError!.Value, 0, 1e-7);
    }

    [Fact]
    public void The_layer_norm_of_seed_003_passes_at_or_below_1e7_with_its_full_Jacobian()
    {
        var result = Checking.Run(LayerNorm.Correct().ToTarget().WithFullJacobian());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.Equal(["x", "gamma", "beta", "dY/dx", "dY/dgamma", "dY/dbeta"], result.Blocks.Select(block => block.Name));
        Assert.Equal([2, 4, 6], result.Block("x").Shape);
        Assert.All(result.Blocks, block => Assert.InRange(block.RelativeError!.Value, 0, 1e-7));
    }

    [Fact]
    public void A_layer_norm_with_a_wrong_gamma_gradient_fails_on_gamma_only()
    {
        var result = Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget());

        Assert.Equal("gamma", Assert.Single(result.Findings).Block);
        Assert.Equal(Verdict.Failed, result.Block("gamma").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("x").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("beta").Verdict);
    }
}
