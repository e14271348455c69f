using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

public sealed class KnownDerivativeTests
{
    private static readonly double[] Point = [0.3, -1.2, 2.0, 0.7, -0.4, 1.5];

    [Fact]
    public void A_cubic_polynomial_passes_at_or_below_1e7()
    {
        var result = Checking.Run(Targets.Loss(
            "x",
            (double[])Point.Clone(),
            x => x.Sum(v => (2 * v * v * v) - (v * v) + (3 * v)),
            x => Array.ConvertAll(x, v => (6 * v * v) - (2 * v) + 3),
            2,
            3));

        AssertPassesTightly(result);
    }

    [Fact]
    public void A_polynomial_whose_derivative_drops_a_term_fails()
    {
        var result = Checking.Run(Targets.Loss(
            "x",
            (double[])Point.Clone(),
            x => x.Sum(v => (2 * v * v * v) - (v * v) + (3 * v)),
            x => Array.ConvertAll(x, v => (6 * v * v) - (2 * v))));

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.GradientMismatch, result.Findings[0].Code);
    }

    [Fact]
    public void Exp_and_log_pass_at_or_below_1e7()
    {
        var a = new[] { -1.0, 0.0, 0.5, 2.0 };
        var b = new[] { 0.1, 1.0, 3.0, 10.0 };
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "a", a }, { "b", b } },
            () => a.Sum(Math.Exp) + b.Sum(Math.Log),
            () => new Dictionary<string, double[]> { ["a"] = Array.ConvertAll(a, Math.Exp), ["b"] = Array.ConvertAll(b, v => 1 / v) });

        AssertPassesTightly(Checking.Run(target));
    }

    [Fact]
    public void Softmax_cross_entropy_passes_at_or_below_1e7()
        => AssertPassesTightly(Checking.Run(SoftmaxCrossEntropy.Target()));

    [Fact]
    public void The_central_difference_of_a_square_is_exact_up_to_rounding()
    {
        var result = Checking.Run(Targets.SumOfSquares([5.0]));

        // The difference is rounding, so no coordinate is listed among the worst (nor counted in the largest element-wise error).
        var block = result.Block("x");
        Assert.Equal(10.0, block.AnalyticNorm);
        Assert.Equal(10.0, block.NumericNorm!.Value, precision: 8);
        Assert.Empty(block.Worst);
        Assert.Equal(0, block.MaxElementRelativeError);
    }

    private static void AssertPassesTightly(CheckResult result)
    {
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
        Assert.All(result.Blocks, block => Assert.InRange(block.RelativeError!.Value, 0, 1e-7));
    }
}
