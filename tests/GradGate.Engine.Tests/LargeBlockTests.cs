using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// Fast mode on blocks of up to a million coordinates, where the loss sums over the block: a correct block passes on
/// its directional derivatives despite their rounding noise, and a wrong one fails at a bounded cost, whether or not
/// the sample it is located on finds the error.
/// </summary>
public sealed class LargeBlockTests
{
    [Fact]
    public void A_correct_million_weight_block_passes_on_its_directional_derivatives_while_a_wrong_bias_fails()
    {
        var result = Checking.Run(WeightsAndBias(1_000_000, weightGradient: weights => weights));

        Assert.Equal("fast", result.Settings!.Mode);
        Assert.Equal((Verdict.Passed, 0), (result.Block("weights").Verdict, result.Block("weights").CoordinatesChecked));
        Assert.Equal(Verdict.Failed, result.Block("bias").Verdict);
        var mismatch = Assert.Single(result.Serious());
        Assert.Equal((DiagnosticCodes.GradientMismatch, "bias"), (mismatch.Code, mismatch.Block));

        // 3 at the point, 4 for the weights' two directions, 2 per coordinate of the bias (no more coordinates than directions,
        // so checked by coordinates at once, not along directions first), and once more at the point for kinks.
        Assert.Equal(3 + 4 + (2 * 2) + 1, result.Evaluations);
    }

    [Fact]
    public void A_million_weight_block_one_percent_off_fails_located_on_a_sample_of_64_coordinates()
    {
        var result = Checking.Run(WeightsAndBias(1_000_000, weightGradient: weights => weights.Select(weight => weight * 1.01).ToArray(), biasFactor: 1));

        var mismatch = Assert.Single(result.Serious());
        Assert.Equal((DiagnosticCodes.GradientMismatch, "weights"), (mismatch.Code, mismatch.Block));
        Assert.Equal((Verdict.Failed, 64), (result.Block("weights").Verdict, result.Block("weights").CoordinatesChecked));
        Assert.Equal(5, result.Block("weights").Worst.Count);
        Assert.Equal(Verdict.Passed, result.Block("bias").Verdict);

        // 2 per sampled coordinate, not per weight; a kink probe may add 2 more for a sampled coordinate it examines.
        Assert.InRange(result.Evaluations, 3 + (4 * 2) + (2 * 64) + 1, 3 + (4 * 2) + (4 * 64) + 1);
    }

    /// <remarks>
    /// An error of 0.05 in one of a million coordinates is 7e-5 by the norm formula, seven times the error threshold, yet
    /// within the rounding the noise floor allows a million-term loss: only the typical noise tells it from rounding. The
    /// sample of 64 misses the coordinate; halving the block along its directional derivatives finds it, at a cost of two
    /// evaluations per halving (20 for a million coordinates), and it is then checked one by one.
    /// </remarks>
    [Theory]
    [InlineData(20_000, 1.0)]
    [InlineData(1_000_000, 0.05)]
    public void A_large_block_wrong_in_one_coordinate_the_sample_misses_fails_and_halving_the_block_names_it(int weightCount, double error)
    {
        const int wrongCoordinate = 12_345;
        var result = Checking.Run(WeightsAndBias(weightCount, weightGradient: weights => weights.Select((weight, index) => index == wrongCoordinate ? weight + error : weight).ToArray(), biasFactor: 1));

        // At a million coordinates the sample's own figures are near rounding and may add a warning and a precision note.
        var mismatch = Assert.Single(result.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "weights"), (mismatch.Code, mismatch.Block));
        Assert.Contains("directional derivatives along 2 seeded random directions disagree by", mismatch.Message);
        Assert.Contains("yet the 64 sampled coordinates, checked one by one, show no error above the error threshold (weights[", mismatch.Message);
        Assert.Contains($"Halving the block along its directional derivatives located the error in coordinates the sample missed, checked one by one since: weights[{wrongCoordinate}] analytic", mismatch.Message);
        var weights = result.Block("weights");
        Assert.Equal((Verdict.Failed, 65), (weights.Verdict, weights.CoordinatesChecked));
        Assert.Equal(wrongCoordinate, weights.Worst[0].FlatIndex);
        Assert.Equal(error, weights.Worst[0].Analytic - weights.Worst[0].Numeric, precision: 4);
        Assert.Contains($"disagree by {Findings.Numbers.Figure(weights.RelativeError!.Value)} (relative error", mismatch.Message);
    }

    [Fact]
    public void Three_wrong_coordinates_the_sample_misses_are_all_named_the_largest_error_first()
    {
        var errors = new Dictionary<int, double> { [777] = 0.3, [500_000] = -1.0, [999_998] = 0.6 };
        var result = Checking.Run(WeightsAndBias(1_000_000, weightGradient: weights => weights.Select((weight, index) => weight + errors.GetValueOrDefault(index)).ToArray(), biasFactor: 1));

        var weights = result.Block("weights");
        Assert.Equal(Verdict.Failed, weights.Verdict);
        Assert.Equal([500_000, 999_998, 777], weights.Worst.Take(3).Select(coordinate => coordinate.FlatIndex));
        var mismatch = Assert.Single(result.Findings, finding => finding.Severity == Severity.Error);
        Assert.Contains("weights[500000] analytic", mismatch.Message);
        Assert.Contains("weights[999998] analytic", mismatch.Message);
        Assert.Contains("weights[777] analytic", mismatch.Message);
    }

    [Fact]
    public void The_same_block_checked_in_full_mode_names_the_wrong_coordinate()
    {
        const int wrongCoordinate = 12_345;
        var result = Checking.Run(
            WeightsAndBias(20_000, weightGradient: weights => weights.Select((weight, index) => index == wrongCoordinate ? weight + 1 : weight).ToArray(), biasFactor: 1),
            new CheckOverrides { Mode = "full" });

        Assert.Equal(wrongCoordinate, result.Block("weights").Worst[0].FlatIndex);
    }

    /// <remarks>
    /// <c>max(0, w . v)</c> with <c>v</c> of alternating signs and equal neighbouring weights is at its kink at the
    /// point, so every direction and every coordinate crosses it; the analytic side takes the slope 0 there, as ReLU does.
    /// </remarks>
    [Theory]
    [InlineData(1.0, Verdict.Warning, DiagnosticCodes.Inconclusive)]
    [InlineData(1.01, Verdict.Failed, DiagnosticCodes.GradientMismatch)]
    public void A_million_weight_block_whose_loss_has_a_kink_at_the_point_is_inconclusive_unless_its_gradient_is_wrong(
        double weightFactor, Verdict verdict, string code)
    {
        var weights = Enumerable.Range(0, 1_000_000).Select(index => Math.Sin(index / 2) * 0.5).ToArray();
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "weights", weights } },
            loss: () => (0.5 * weights.Sum(weight => weight * weight)) + Math.Max(0, weights.Select((weight, index) => index % 2 == 0 ? weight : -weight).Sum()),
            gradients: () => new Dictionary<string, double[]> { ["weights"] = weights.Select(weight => weight * weightFactor).ToArray() });

        var result = Checking.Run(target);

        Assert.Equal(verdict, result.Block("weights").Verdict);
        Assert.Contains((code, "weights"), result.Findings.Select(finding => (finding.Code, finding.Block)));
        Assert.Equal(verdict == Verdict.Failed, result.Findings.Any(finding => finding.Severity == Severity.Error));
    }

    /// <summary><c>0.5 sum(w^2) + sum(b^3)</c> at <c>w_i = sin(i) / 2</c>, with the given weight gradient and the bias gradient times <paramref name="biasFactor"/>.</summary>
    private static LossTarget<double> WeightsAndBias(int weightCount, Func<double[], double[]> weightGradient, double biasFactor = 1.01)
    {
        var weights = Enumerable.Range(0, weightCount).Select(index => Math.Sin(index) * 0.5).ToArray();
        double[] bias = [0.25, -0.75];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "weights", weights }, { "bias", bias } },
            loss: () => (0.5 * weights.Sum(weight => weight * weight)) + bias.Sum(value => value * value * value),
            gradients: () => new Dictionary<string, double[]>
            {
                ["weights"] = weightGradient(weights),
                ["bias"] = bias.Select(value => 3 * value * value * biasFactor).ToArray(),
            });
    }
}
