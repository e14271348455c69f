using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// Steps scaled to each coordinate, <c>h * max(1, |x|)</c>: large values are resolved as well as small ones, and values
/// of magnitude at most 1 keep the absolute step bit for bit.
/// </summary>
public sealed class RelativeStepTests
{
    [Fact]
    public void A_coordinate_of_magnitude_at_most_one_moves_by_the_absolute_step_and_a_larger_one_by_the_step_times_its_magnitude()
    {
        float[] x = [0.75f, -1f, 0f, -3e4f];
        var objective = new Recording<float>(x);

        for (var coordinate = 0; coordinate < x.Length; coordinate++)
        {
            _ = CentralDifference.EstimateOne(x, coordinate, 1e-2f, 0, objective);
        }

        const float step = 1e-2f;
        var scaled = step * 3e4f;
        Assert.Equal(
            [0.75f + step, 0.75f - step, -1f + step, -1f - step, step, -step, -3e4f + scaled, -3e4f - scaled],
            objective.Seen);
        Assert.Equal([0.75f, -1f, 0f, -3e4f], x);
    }

    /// <remarks>
    /// At 3e4 the spacing of float32 values is about 2e-3: an absolute step of 1e-2 is five of them, and the loss's rounding
    /// (about 3e-6 of each term) makes the central difference off by several percent (5e-2 by the norm formula before).
    /// </remarks>
    [Theory]
    [InlineData(1f, Verdict.Passed)]
    [InlineData(1.01f, Verdict.Failed)]
    public void A_float32_loss_of_parameters_near_3e4_passes_when_correct_and_fails_one_percent_off(float gradientFactor, Verdict verdict)
    {
        float[] x = [31250f, -28000.5f, 29999.75f, 33000.25f];
        var target = GradCheckTarget.Loss(
            new NamedArrays<float> { { "x", x } },
            () => x.Sum(v => v * v * v) * 1e-12f,
            () => new Dictionary<string, float[]> { ["x"] = Array.ConvertAll(x, v => 3e-12f * v * v * gradientFactor) });

        var result = Checking.Run(target);

        AssertJudgedCorrectly(result, verdict, correctBelow: 1e-4);
    }

    /// <remarks>
    /// At 1e9 the spacing of float64 values is about 1.2e-7, so an absolute step of 1e-6 moves the value by eight of them
    /// and the cube root's rounding dominates (a relative error of 0.17 before, and 0.82 in fast mode).
    /// </remarks>
    [Theory]
    [InlineData("full", 1.0, Verdict.Passed)]
    [InlineData("full", 1.01, Verdict.Failed)]
    [InlineData("fast", 1.0, Verdict.Passed)]
    [InlineData("fast", 1.01, Verdict.Failed)]
    public void A_float64_loss_of_values_near_1e9_passes_when_correct_and_fails_one_percent_off(string mode, double gradientFactor, Verdict verdict)
    {
        var values = Enumerable.Range(0, 50).Select(index => (index % 2 == 0 ? 1 : -1) * 1e9 * (1 + (0.05 * index))).ToArray();
        var target = Targets.Loss("x", values, x => x.Sum(Math.Cbrt), x => Array.ConvertAll(x, v => Math.Cbrt(v) / (3 * v) * gradientFactor));

        var result = Checking.Run(target, new CheckOverrides { Mode = mode });

        AssertJudgedCorrectly(result, verdict, correctBelow: 1e-7);
    }

    [Theory]
    [InlineData(1f, Verdict.Passed)]
    [InlineData(1.01f, Verdict.Failed)]
    public void A_float32_operator_of_inputs_near_3e4_is_judged_right_with_its_full_Jacobian(float gradientFactor, Verdict verdict)
    {
        var target = GradCheckTarget.Operator(
            "x",
            [31250f, -28000.5f, 29999.75f],
            input => Array.ConvertAll(input, v => v * v * v * 1e-12f),
            (input, upstream) => input.Select((v, index) => 3e-12f * v * v * upstream[index] * gradientFactor).ToArray()).WithFullJacobian();

        var result = Checking.Run(target);

        Assert.Equal(verdict, result.Verdict);
        Assert.All(result.Blocks, block => Assert.Equal(verdict, block.Verdict));
        Assert.DoesNotContain(result.Findings, finding => finding.Code == DiagnosticCodes.PrecisionLimit);
    }

    private static void AssertJudgedCorrectly(CheckResult result, Verdict verdict, double correctBelow)
    {
        Assert.Equal(verdict, result.Verdict);
        if (verdict == Verdict.Passed)
        {
            Assert.Empty(result.Serious());
            Assert.InRange(result.RelativeError!.Value, 0, correctBelow);
        }
        else
        {
            Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
            Assert.InRange(result.RelativeError!.Value, 4.5e-3, 5.5e-3);
        }
    }

    /// <summary><c>sum(x)</c>, recording at each call the value of every coordinate that differs from the point.</summary>
    private sealed class Recording<T>(T[] values) : IScalarObjective
        where T : struct, IFloatingPointIeee754<T>
    {
        private readonly T[] _point = (T[])values.Clone();

        public List<T> Seen { get; } = [];

        public string Activity { get; set; } = "";

        public ScalarEvaluation Evaluate()
        {
            for (var index = 0; index < values.Length; index++)
            {
                if (values[index] != _point[index])
                {
                    Seen.Add(values[index]);
                }
            }

            return new ScalarEvaluation(0, 0);
        }
    }
}
