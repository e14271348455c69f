using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// The analytic and numeric values each block carries for the HTML report's scatter plot: the pairs themselves (so a factor-2
/// bug lies on a line of slope 2 and a sign flip on slope -1), the worst coordinates first, and never more than the cap.
/// </summary>
public sealed class ValueSampleTests
{
    [Fact]
    public void A_small_block_carries_every_checked_coordinate_with_its_true_values()
    {
        double[] w = [0.5, -1.5, 2.0, 0.7, 1.3];
        var result = Checking.Run(Targets.Loss("w", w, v => v.Sum(x => x * x * x), v => v.Select(x => 2 * 3 * x * x).ToArray(), 5));

        var sample = result.Block("w").Sample;
        Assert.Equal([0, 1, 2, 3, 4], sample.Select(value => value.FlatIndex).Order());
        Assert.All(sample, value =>
        {
            Assert.Equal(2 * 3 * w[value.FlatIndex] * w[value.FlatIndex], value.Analytic, 12);
            Assert.Equal(3 * w[value.FlatIndex] * w[value.FlatIndex], value.Numeric, 6);
        });
    }

    [Fact]
    public void A_large_block_carries_at_most_the_cap_with_the_worst_coordinates_first_and_the_rest_spread_over_it()
    {
        var w = Enumerable.Range(0, 5000).Select(index => 0.1 + (index % 17 * 0.05)).ToArray();

        // Correct everywhere but the last coordinate, whose gradient is flipped.
        var result = Checking.Run(Targets.Loss("w", w, v => v.Sum(x => x * x), v => v.Select((x, i) => i == 4999 ? -2 * x : 2 * x).ToArray(), 5000),
            new CheckOverrides { Mode = "full" });

        var block = result.Block("w");
        Assert.Equal(5000, block.CoordinatesChecked);
        Assert.Equal(BlockResult.MaxSample, block.Sample.Count);
        Assert.Equal(4999, block.Sample[0].FlatIndex);
        Assert.Equal(block.Sample.Count, block.Sample.Select(value => value.FlatIndex).Distinct().Count());
        Assert.Contains(block.Sample, value => value.FlatIndex == 0);
        Assert.Contains(block.Sample, value => value.FlatIndex > 2500 && value.FlatIndex < 2600);
        Assert.Equal(-block.Sample[0].Numeric, block.Sample[0].Analytic, 6);
    }

    [Fact]
    public void A_check_of_many_blocks_keeps_samples_for_a_bounded_number_of_them_the_failed_ones_first()
    {
        var parameters = new NamedArrays<double>();
        var values = Enumerable.Range(0, 30).Select(block => new[] { 0.5 + block, -0.25 - block }).ToArray();
        for (var block = 0; block < values.Length; block++)
        {
            parameters.Add($"p{block}", values[block]);
        }

        // Only the last block's gradient is wrong (doubled).
        var target = GradCheckTarget.Loss(
            parameters,
            () => values.Sum(block => block.Sum(v => v * v)),
            () => Enumerable.Range(0, values.Length).ToDictionary(block => $"p{block}", block => values[block].Select(v => (block == 29 ? 4 : 2) * v).ToArray()));

        var result = Checking.Run(target);

        var sampled = result.Blocks.Where(block => block.Sample.Count > 0).Select(block => block.Name).ToList();
        Assert.Equal(BlockResult.MaxSampledBlocks, sampled.Count);
        Assert.Equal("p29", sampled.Last());
        Assert.Equal(Enumerable.Range(0, BlockResult.MaxSampledBlocks - 1).Select(block => $"p{block}"), sampled.Take(BlockResult.MaxSampledBlocks - 1));
    }

    [Fact]
    public void The_sample_survives_the_round_trip_through_the_json_dialect()
    {
        var result = Checking.Run(Targets.SumOfSquares([0.5, -1.5, 2.0]));

        var read = ResultJson.Deserialize<CheckResult>(ResultJson.Serialize(result))!;

        Assert.Equal(
            result.Blocks.Single().Sample.Select(value => (value.FlatIndex, value.Analytic, value.Numeric)),
            read.Blocks.Single().Sample.Select(value => (value.FlatIndex, value.Analytic, value.Numeric)));
        Assert.NotEmpty(read.Blocks.Single().Sample);
    }
}
