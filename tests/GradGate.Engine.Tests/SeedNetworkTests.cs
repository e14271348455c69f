using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

public sealed class SeedNetworkTests
{
    [Fact]
    public void The_broken_network_fails_on_W1_and_only_W1()
    {
        var result = Checking.Run(TwoLayerNet.Broken().ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var mismatch = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
        Assert.Equal("W1", mismatch.Block);
        Assert.StartsWith("Gradient of W1 is wrong: relative error", mismatch.Message);
        Assert.Contains("Check the backward pass that computes dW1.", mismatch.Message);
        Assert.Equal(Verdict.Failed, result.Block("W1").Verdict);
        Assert.InRange(result.Block("W1").RelativeError!.Value, 0.3, 0.34);
        Assert.All(new[] { "b1", "W2", "b2" }, name => Assert.Equal(Verdict.Passed, result.Block(name).Verdict));
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
}
