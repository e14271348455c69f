using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Same inputs, same result; the seed decides the operator's upstream gradient.</summary>
public sealed class ReproducibilityTests
{
    [Fact]
    public void Two_runs_of_the_same_target_give_identical_results_apart_from_the_duration()
    {
        Assert.Equal(Figures(Checking.Run(TwoLayerNet.Broken().ToTarget())), Figures(Checking.Run(TwoLayerNet.Broken().ToTarget())));
        Assert.Equal(Figures(Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget())), Figures(Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget())));
    }

    [Fact]
    public void The_seed_decides_the_upstream_gradient()
    {
        Assert.Equal(UpstreamGradient(seed: 1), UpstreamGradient(seed: 1));
        Assert.NotEqual(UpstreamGradient(seed: 1), UpstreamGradient(seed: 2));
    }

    [Fact]
    public void The_upstream_gradient_is_bounded_away_from_zero_and_of_both_signs()
    {
        var upstream = UpstreamGradient(seed: 0, length: 200);

        Assert.All(upstream, value => Assert.InRange(Math.Abs(value), 0.5, 1.5));
        Assert.Contains(upstream, value => value < 0);
        Assert.Contains(upstream, value => value > 0);
    }

    [Fact]
    public void The_seed_is_recorded_and_changes_an_operators_figures()
    {
        var first = Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget(), new CheckOverrides { Seed = 1 });
        var second = Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget(), new CheckOverrides { Seed = 2 });

        Assert.Equal((1, 2), (first.Settings!.Seed, second.Settings!.Seed));
        Assert.NotEqual(first.Block("gamma").AnalyticNorm, second.Block("gamma").AnalyticNorm);
    }

    private static double[] UpstreamGradient(int seed, int length = 6)
    {
        double[]? received = null;
        var target = Targets.Square(new double[length], backward: (x, upstream) =>
        {
            received = upstream;
            return Array.ConvertAll(x, _ => 1.0);
        });

        Checking.Run(target, new CheckOverrides { Seed = seed });
        return received!;
    }

    private static string Figures(CheckResult result)
    {
        result.DurationSeconds = 0;
        return ResultJson.Serialize(result);
    }
}
