using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Seed 000's <c>gradients_ok</c>: through the runtime helper, and as health targets judged by the engine.</summary>
public sealed class GradientHealthTests
{
    [Theory]
    [InlineData(new[] { 0.1, -0.2, 0.0 }, true)]
    [InlineData(new[] { 0.1, double.NaN, 0.3 }, false)]
    [InlineData(new[] { 0.1, double.PositiveInfinity }, false)]
    [InlineData(new[] { double.NegativeInfinity, 0.2 }, false)]
    [InlineData(new[] { 0.0, 0.0, 0.0 }, false)]
    [InlineData(new double[0], false)]
    public void Gradients_are_ok_when_finite_and_not_all_zero(double[] gradients, bool ok)
    {
        Assert.Equal(ok, GradientHealth.AreOk(gradients));
        Assert.Equal(ok, GradientHealth.AreOk(Array.ConvertAll(gradients, value => (float)value)));
    }

    [Fact]
    public void Inspect_counts_what_is_wrong_and_where_it_starts()
    {
        var report = GradientHealth.Inspect([0.0, 1.0, double.NaN, double.PositiveInfinity, double.NaN, 0.0]);

        Assert.Equal((6, 2, 1, 0, 2, 2), (report.Count, report.NaNCount, report.PositiveInfinityCount, report.NegativeInfinityCount, report.ZeroCount, report.FirstNonFiniteIndex));
    }

    [Fact]
    public void Healthy_gradients_pass()
    {
        var result = Checking.Run(Health(("W", [0.1, -0.2]), ("b", [0.0, 0.3])));

        Assert.Equal("health", result.Kind);
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Findings);
        Assert.All(result.Blocks, block => Assert.Equal(Verdict.Passed, block.Verdict));
        Assert.Equal(Math.Sqrt(0.05), result.Block("W").AnalyticNorm, precision: 12);
    }

    [Fact]
    public void A_NaN_fails_with_the_block_the_count_and_the_first_coordinate()
    {
        var result = Checking.Run(Health(("W", [0.1, double.NaN, double.NaN]), ("b", [0.3])));

        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.NonFinite, "W"), (finding.Code, finding.Block));
        Assert.Contains("holds 2 NaN and 0 infinite values of 3 (first at W[1])", finding.Message);
        Assert.Equal(Verdict.Failed, result.Block("W").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("b").Verdict);
    }

    [Fact]
    public void An_infinity_fails_in_float_too()
    {
        var target = GradCheckTarget.Health<float>(() => new Dictionary<string, float[]> { ["W"] = [1f, float.NegativeInfinity] });

        var result = Checking.Run(target);

        Assert.Equal("float32", result.Settings!.DType);
        Assert.Contains("holds 0 NaN and 1 infinite values of 2 (first at W[1])", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void All_zeros_fail_as_a_dead_gradient()
    {
        var result = Checking.Run(Health(("W", [0.0, 0.0]), ("b", [0.0])));

        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.DeadGradient, Severity.Error), (finding.Code, finding.Severity));
        Assert.Contains("all 3 values of W, b", finding.Message);
    }

    [Fact]
    public void One_zero_block_among_live_ones_is_a_warning_naming_it()
    {
        var result = Checking.Run(Health(("W", [0.1, 0.2]), ("b", [0.0, 0.0])));

        Assert.Equal(Verdict.Warning, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.DeadBlock, Severity.Warning, "b"), (finding.Code, finding.Severity, finding.Block));
        Assert.Equal(Verdict.Warning, result.Block("b").Verdict);
    }

    [Fact]
    public void No_gradients_at_all_is_an_invalid_target()
    {
        var result = Checking.Run(GradCheckTarget.Health<double>(() => new Dictionary<string, double[]>()));

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.InvalidTarget, Assert.Single(result.Findings).Code);
    }

    private static HealthTarget<double> Health(params (string Name, double[] Values)[] blocks)
        => GradCheckTarget.Health<double>(() => blocks.ToDictionary(block => block.Name, block => block.Values));
}
