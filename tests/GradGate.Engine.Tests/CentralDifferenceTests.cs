using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>The numeric-gradient estimator on its own and in a whole check: realised steps, vanished steps, restoring, and no allocation per coordinate.</summary>
public sealed class CentralDifferenceTests
{
    [Fact]
    public void The_realised_float32_step_makes_a_linear_loss_exact_where_two_h_would_not()
    {
        float[] x = [1000f];

        var estimate = CentralDifference.EstimateOne(x, 0, 1e-2f, 0, new Sum<float>(x));

        // 1000 +- 0.01 is not representable in float32: dividing by 2h instead would give about 1.00098.
        Assert.Equal(1.0, estimate!.Value.Numeric);
    }

    [Fact]
    public void A_step_below_the_float32_resolution_vanishes_even_scaled_and_is_not_evaluated()
    {
        float[] x = [1e9f, 1e-3f];
        var objective = new Sum<float>(x);

        // At 1e9 the step is scaled to 1e-9 * 1e9 = 1, below the spacing of float32 values there (64).
        var vanished = CentralDifference.EstimateOne(x, 0, 1e-9f, 1e-6, objective);
        var small = CentralDifference.EstimateOne(x, 1, 1e-9f, 1e-6, objective);

        Assert.Null(vanished);
        Assert.Equal(2, objective.Calls);
        Assert.True(double.IsFinite(small!.Value.NoiseFloor));
    }

    [Fact]
    public void A_check_with_vanished_steps_says_so_when_it_fails()
    {
        float[] x = [1e9f, 1e-3f];
        var target = GradCheckTarget.Loss(new NamedArrays<float> { { "x", x } }, () => x[0] + x[1], () => new Dictionary<string, float[]> { ["x"] = [1f, 1f] });

        var result = Checking.Run(target, new CheckOverrides { Epsilon = 1e-9 });

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Contains(
            "the step 1e-09 vanished in float32 at 1 coordinate (even scaled to the value there, it is below float32's resolution)",
            Assert.Single(result.Findings, f => f.Code == DiagnosticCodes.PrecisionLimit).Message);
    }

    [Fact]
    public void Only_the_coordinate_estimated_moves_and_it_is_put_back()
    {
        double[] x = [1.0, 2.0, 3.0];
        var objective = new Recording(x);

        var estimate = CentralDifference.EstimateOne(x, 2, 1e-6, 0, objective);

        Assert.Equal(1.0, estimate!.Value.Numeric, precision: 9);
        // The step is scaled to the value, 1e-6 * |3|.
        Assert.Equal([(1.0, 2.0, 3.0 + (1e-6 * 3.0)), (1.0, 2.0, 3.0 - (1e-6 * 3.0))], objective.Seen);
        Assert.Equal([1.0, 2.0, 3.0], x);
    }

    [Fact]
    public void Estimating_a_coordinate_allocates_nothing()
    {
        var x = Enumerable.Range(0, 1000).Select(index => index * 1e-3).ToArray();
        var objective = new Sum<double>(x);
        _ = CentralDifference.EstimateOne(x, 0, 1e-6, 1e-15, objective);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var coordinate = 0; coordinate < x.Length; coordinate++)
        {
            _ = CentralDifference.EstimateOne(x, coordinate, 1e-6, 1e-15, objective);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <remarks>
    /// The whole check, not only the coordinate loop: every per-block array (the snapshot, the analytic copy, the numeric
    /// values and their noise floors) costs a few doubles per coordinate, and nothing may cost anything per evaluation.
    /// Measured as the difference between checks of 2,000 and 1,000 coordinates, so per-check costs cancel.
    /// </remarks>
    [Fact]
    public void A_full_check_allocates_a_few_figures_per_coordinate_and_nothing_per_evaluation()
    {
        var perCoordinate = (FullCheckAllocation(2000) - FullCheckAllocation(1000)) / 1000.0;

        Assert.InRange(perCoordinate, 0, 200);
    }

    private static long FullCheckAllocation(int coordinates)
    {
        var x = Enumerable.Range(0, coordinates).Select(index => 1 + (index * 1e-3)).ToArray();
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x } },
            loss: () =>
            {
                var sum = 0.0;
                foreach (var value in x)
                {
                    sum += value * value;
                }

                return sum;
            },
            gradients: () => new Dictionary<string, double[]> { ["x"] = Array.ConvertAll(x, value => 2 * value) });
        var overrides = new CheckOverrides { Mode = "full" };
        Checking.Run(target, overrides);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Checking.Run(target, overrides);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((Verdict.Passed, coordinates), (result.Verdict, result.Blocks.Single().CoordinatesChecked));
        return allocated;
    }

    /// <summary>Records the three values it sees at every evaluation.</summary>
    private sealed class Recording(double[] values) : IScalarObjective
    {
        public List<(double, double, double)> Seen { get; } = [];

        public string Activity { get; set; } = "";

        public ScalarEvaluation Evaluate()
        {
            Seen.Add((values[0], values[1], values[2]));
            return new ScalarEvaluation(values.Sum(), values.Sum(Math.Abs));
        }
    }

    /// <summary><c>sum(x)</c>, counting its calls, allocating nothing.</summary>
    private sealed class Sum<T>(T[] values) : IScalarObjective
        where T : struct, IFloatingPointIeee754<T>
    {
        public int Calls { get; private set; }

        public string Activity { get; set; } = "";

        public ScalarEvaluation Evaluate()
        {
            Calls++;
            double sum = 0;
            foreach (var value in values)
            {
                sum += double.CreateTruncating(value);
            }

            return new ScalarEvaluation(sum, Math.Abs(sum));
        }
    }
}
