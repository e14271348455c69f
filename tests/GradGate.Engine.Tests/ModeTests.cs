using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>The full, fast and sampled modes: the same verdicts on the seeds' scenarios, at the cost each mode promises.</summary>
public sealed class ModeTests
{
    public static TheoryData<string, string> ScenariosAndModes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var scenario in Scenarios.Keys)
            {
                data.Add(scenario, "fast");
                data.Add(scenario, "sampled");
            }

            return data;
        }
    }

    private static Dictionary<string, Func<GradCheckTarget>> Scenarios => new()
    {
        ["fixed network"] = () => TwoLayerNet.Fixed().ToTarget(),
        ["broken network"] = () => TwoLayerNet.Broken().ToTarget(),
        ["correct sigmoid"] = Sigmoid.Correct,
        ["buggy sigmoid"] = Sigmoid.Buggy,
        ["layer norm"] = () => LayerNorm.Correct().ToTarget(),
        ["layer norm, wrong gamma"] = () => LayerNorm.WithWrongGammaGradient().ToTarget(),
        ["float32 classifier"] = () => TanhClassifier.Correct().ToTarget(),
        ["float32 classifier, 1% off"] = () => TanhClassifier.WithOnePercentError().ToTarget(),
        ["relu at zero"] = () => ReluAtZero.Correct().ToTarget(),
        ["relu at zero, doubled W"] = () => ReluAtZero.WithDoubledWGradient().ToTarget(),
    };

    [Theory]
    [MemberData(nameof(ScenariosAndModes))]
    public void Every_mode_reaches_the_verdicts_of_full_mode(string scenario, string mode)
    {
        var full = Checking.Run(Scenarios[scenario]());
        var other = Checking.Run(Scenarios[scenario](), new CheckOverrides { Mode = mode });

        Assert.Equal(full.Verdict, other.Verdict);
        Assert.Equal(full.Blocks.Select(block => (block.Name, block.Verdict)), other.Blocks.Select(block => (block.Name, block.Verdict)));
        Assert.Equal(Codes(full), Codes(other));
        Assert.Equal(mode, other.Settings!.Mode);
    }

    [Fact]
    public void Fast_mode_names_W1_and_its_worst_coordinates_in_the_broken_network_checking_only_W1_coordinate_by_coordinate()
    {
        var full = Checking.Run(TwoLayerNet.Broken().ToTarget());
        var fast = Checking.Run(TwoLayerNet.Broken().ToTarget(), new CheckOverrides { Mode = "fast" });

        var mismatch = Assert.Single(fast.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "W1"), (mismatch.Code, mismatch.Block));
        Assert.Equal(full.Block("W1").Worst.Select(coordinate => coordinate.Label), fast.Block("W1").Worst.Select(coordinate => coordinate.Label));
        Assert.Equal(40, fast.Block("W1").CoordinatesChecked);
        Assert.All(new[] { "b1", "W2", "b2" }, name => Assert.Equal(0, fast.Block(name).CoordinatesChecked));

        // 3 at the point, 4 per block for its two directions, then 2 per coordinate of W1 only, and once more at the
        // point for the curvature that tells W1's mismatches from kinks.
        Assert.Equal(3 + (4 * 4) + (2 * 40) + 1, fast.Evaluations);
    }

    [Theory]
    [InlineData("broken network")]
    [InlineData("layer norm, wrong gamma")]
    [InlineData("fixed network")]
    public void Fast_mode_reports_the_check_relative_error_of_full_mode(string scenario)
    {
        var full = Checking.Run(Scenarios[scenario]());
        var fast = Checking.Run(Scenarios[scenario](), new CheckOverrides { Mode = "fast" });

        // The blocks that agreed along directions count in the check's figure as in full mode (before, fast mode gave the
        // relative error of the re-checked blocks alone: 0.33 for the broken network's W1 where full mode says 0.27).
        if (full.Verdict == Verdict.Failed)
        {
            Assert.Equal(full.RelativeError!.Value, fast.RelativeError!.Value, tolerance: 1e-3 * full.RelativeError.Value);
        }
        else
        {
            Assert.InRange(fast.RelativeError!.Value, 0, 1e-7);
            Assert.InRange(full.RelativeError!.Value, 0, 1e-7);
        }
    }

    [Fact]
    public void Fast_mode_on_a_correct_network_evaluates_four_times_per_block_and_reports_the_directional_error()
    {
        var result = Checking.Run(TwoLayerNet.Fixed().ToTarget(), new CheckOverrides { Mode = "fast" });

        Assert.Equal(3 + (4 * 4), result.Evaluations);
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
        Assert.Null(result.MaxElementRelativeError);
        Assert.All(result.Blocks, block => Assert.True(block.NumericNorm is null && block.JudgedBy == BlockJudgements.Directions && block.Worst.Count == 0 && block.RelativeError <= 1e-7));
        Assert.Equal(["W1", "b1", "W2", "b2"], result.Blocks.Select(block => block.Name));
    }

    /// <summary>
    /// A block of one or two coordinates costs no more to check coordinate by coordinate than along fast mode's two
    /// directions: fast mode checks it that way at once, and so never spends more evaluations on it than full mode.
    /// </summary>
    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Fast_mode_spends_no_more_evaluations_than_full_mode_on_small_blocks_right_or_wrong(double biasFactor)
    {
        LossTarget<double> Target()
        {
            double[] w = [0.5, -1.5], b = [0.25];
            return GradCheckTarget.Loss(
                new NamedArrays<double> { { "w", w }, { "b", b } },
                () => w.Sum(v => v * v * v) + (b[0] * b[0]),
                () => new Dictionary<string, double[]> { ["w"] = w.Select(v => 3 * v * v).ToArray(), ["b"] = [biasFactor * 2 * b[0]] });
        }

        var full = Checking.Run(Target(), new CheckOverrides { Mode = "full" });
        var fast = Checking.Run(Target(), new CheckOverrides { Mode = "fast" });

        Assert.InRange(fast.Evaluations, 0, full.Evaluations);
        Assert.Equal(full.Verdict, fast.Verdict);
        Assert.Equal(full.Findings.Select(finding => (finding.Code, finding.Block)), fast.Findings.Select(finding => (finding.Code, finding.Block)));
    }

    [Fact]
    public void The_default_mode_passes_a_correct_relu_network_of_realistic_size_in_fast_mode()
    {
        var result = Checking.Run(TwoLayerNet.FixedAtRealisticSize().ToTarget(), new CheckOverrides());

        Assert.Equal("fast", result.Settings!.Mode);
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.DoesNotContain(result.Findings, finding => finding.Severity != Severity.Message);
    }

    /// <remarks>
    /// A directional move shifts every hidden pre-activation at once, so it crosses a kink that a unit sitting on
    /// it offers. W1 (5,000 coordinates) is located on a sample of 64 that misses the unit's column, so only the
    /// directional kink probe can tell the disagreement from a bug: it must be inconclusive, never an error.
    /// </remarks>
    [Fact]
    public void Fast_mode_never_fails_a_correct_relu_network_whose_hidden_unit_sits_on_its_kink()
    {
        var network = TwoLayerNet.FixedAtRealisticSize().WithHiddenUnitOnItsKink(sample: 3, unit: 7);

        var result = Checking.Run(network.ToTarget(), new CheckOverrides());

        Assert.Equal("fast", result.Settings!.Mode);
        Assert.DoesNotContain(result.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal(
            [(DiagnosticCodes.Inconclusive, "W1"), (DiagnosticCodes.Inconclusive, "b1")],
            result.Serious().Select(finding => (finding.Code, finding.Block)));
        Assert.Contains("is inconclusive along 2 of 2 seeded random directions", result.Serious().First().Message);
        Assert.Contains("inconclusive at 1 of 50 coordinates checked (b1[7])", result.Serious().Last().Message);
        Assert.Equal((Verdict.Warning, 64), (result.Block("W1").Verdict, result.Block("W1").CoordinatesChecked));
    }

    /// <remarks>
    /// A directional move of W1 shifts the unit's pre-activation by about 1e-5, across a kink 2e-6 away; a move 16 times
    /// shorter does not reach it, agrees, and stands. Evaluations: 3 at the point, 4 per block for the directions, 1 more
    /// at the point for the kink probe, then for each of W1's two directions, which both cross: 2 at half steps and 2 for
    /// the shorter move.
    /// </remarks>
    [Fact]
    public void Fast_mode_passes_a_correct_relu_network_whose_hidden_unit_is_near_its_kink_by_retrying_a_shorter_move()
    {
        var network = TwoLayerNet.FixedAtRealisticSize().WithHiddenUnitNearItsKink(sample: 3, unit: 7, distance: 2e-6);

        var result = Checking.Run(network.ToTarget(), new CheckOverrides());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.Equal(0, result.Block("W1").CoordinatesChecked);
        Assert.Equal(3 + (4 * 4) + 1 + (2 * (2 + 2)), result.Evaluations);
    }

    [Fact]
    public void Fast_mode_fails_a_wrong_W1_in_a_realistic_relu_network_whose_hidden_unit_sits_on_its_kink()
    {
        var network = TwoLayerNet.BrokenAtRealisticSize().WithHiddenUnitOnItsKink(sample: 3, unit: 7);

        var result = Checking.Run(network.ToTarget(), new CheckOverrides());

        var mismatch = Assert.Single(result.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "W1"), (mismatch.Code, mismatch.Block));
        Assert.Equal(5, result.Block("W1").Worst.Count);
        Assert.All(new[] { "b1", "W2", "b2" }, name => Assert.NotEqual(Verdict.Failed, result.Block(name).Verdict));
    }

    [Fact]
    public void Fast_mode_lets_a_block_pass_whose_directional_difference_is_negligible_rounding_noise()
    {
        // A loss of about 1e7 rounds by about 1e-9, so each directional derivative (about 130) is off by up to 1e-3,
        // above the warning threshold, yet within the noise floor and half of what a gradient off by the error
        // threshold would change it by (2.7e-3).
        var coefficients = Enumerable.Range(0, 10_000).Select(index => 1 + (0.1 * (index % 7))).ToArray();
        var x = Enumerable.Range(0, 10_000).Select(index => Math.Sin(index)).ToArray();
        var target = Targets.Loss("x", x, values => 1e7 + values.Select((value, index) => coefficients[index] * value).Sum(), _ => coefficients);

        var result = Checking.Run(target, new CheckOverrides { Mode = "fast" });

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal(3 + 4, result.Evaluations);
        Assert.True(result.Block("x").RelativeError > result.Settings!.WarningThreshold);
    }

    [Fact]
    public void Fast_mode_keeps_the_blocks_in_order_when_a_later_block_is_checked_coordinate_by_coordinate()
    {
        var result = Checking.Run(LayerNorm.WithWrongGammaGradient().ToTarget(), new CheckOverrides { Mode = "fast" });

        Assert.Equal(["x", "gamma", "beta"], result.Blocks.Select(block => block.Name));
        Assert.Equal("gamma", Assert.Single(result.Findings).Block);
    }

    [Fact]
    public void Sampled_mode_checks_at_most_64_coordinates_per_block_and_the_seed_chooses_them()
    {
        var values = Enumerable.Range(0, 200).Select(index => Math.Sin(index)).ToArray();
        var wrongAt = new HashSet<int>();
        var target = Targets.SumOfSquares(values, x => x.Select((v, index) => 2 * v * (wrongAt.Contains(index) ? 3 : 1)).ToArray());

        var first = Checking.Run(target, new CheckOverrides { Mode = "sampled", Seed = 1 });
        var again = Checking.Run(target, new CheckOverrides { Mode = "sampled", Seed = 1 });
        var other = Checking.Run(target, new CheckOverrides { Mode = "sampled", Seed = 2 });

        Assert.Equal((64, 3 + (2 * 64)), (first.Block("x").CoordinatesChecked, first.Evaluations));
        Assert.Equal(first.RelativeError, again.RelativeError);
        Assert.NotEqual(first.RelativeError, other.RelativeError);
    }

    [Fact]
    public void Sampled_mode_names_a_wrong_coordinate_it_sampled()
    {
        var values = Enumerable.Range(0, 200).Select(index => 1 + (0.01 * index)).ToArray();
        var result = Checking.Run(Targets.SumOfSquares(values, x => Array.ConvertAll(x, v => 2.5 * v)), new CheckOverrides { Mode = "sampled" });

        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
        Assert.Equal(5, result.Block("x").Worst.Count);
        Assert.Equal(64, result.Block("x").CoordinatesChecked);
    }

    [Theory]
    [InlineData(2048, "full", "default for up to 2048 coordinates", (2 * 2048) + 3)]
    [InlineData(2049, "fast", "default for more than 2048 coordinates (the target has 2049)", 4 + 3)]
    public void The_default_mode_is_full_up_to_2048_coordinates_and_fast_above(int coordinates, string mode, string source, int evaluations)
    {
        var result = Checking.Run(Targets.SumOfSquares(Enumerable.Range(0, coordinates).Select(index => Math.Cos(index)).ToArray()));

        Assert.Equal((mode, source), (result.Settings!.Mode, result.Settings.Sources["Mode"]));
        Assert.Equal(evaluations, result.Evaluations);
    }

    [Fact]
    public void The_default_and_an_override_each_record_their_source()
    {
        var byDefault = Checking.Run(Targets.SumOfSquares([1.0])).Settings!;
        var chosen = Checking.Run(Targets.SumOfSquares([1.0]), new CheckOverrides
        {
            Mode = " Fast ",
            Sources = new Dictionary<string, string> { ["Mode"] = "property" },
        }).Settings!;

        Assert.Equal(("full", "default for up to 2048 coordinates"), (byDefault.Mode, byDefault.Sources["Mode"]));
        Assert.Equal(("fast", "property"), (chosen.Mode, chosen.Sources["Mode"]));
    }

    [Fact]
    public void An_unknown_mode_is_bad_configuration_and_nothing_is_called()
    {
        var result = Checking.Run(Targets.SumOfSquares([1.0]), new CheckOverrides { Mode = "quick", Sources = new Dictionary<string, string> { ["Mode"] = "attribute" } });

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.BadConfiguration, finding.Code);
        Assert.Equal("The Mode is \"quick\" (attribute): set full, fast or sampled, or remove the setting to use the default (full for up to 2048 "
            + "coordinates, fast above).", finding.Message);
        Assert.Equal(0, result.Evaluations);
    }

    private static List<string> Codes(CheckResult result) => result.Findings.Select(finding => finding.Code).Distinct().Order().ToList();
}
