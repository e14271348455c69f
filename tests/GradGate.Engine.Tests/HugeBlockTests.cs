using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// Fast mode at ten million coordinates and more (issue 10): <c>0.5 sum(w^2) + b0^2 + b1^3</c>, where the loss is about
/// 1e7 and rounds by far more than a derivative of one coordinate of <c>b</c> moves it at the default step, and where
/// moving every weight at once rounds the sum differently in ten million places. A correct gradient passes; a single
/// wrong weight fails and is named.
/// </summary>
public sealed class HugeBlockTests
{
    private const int TenMillion = 10_000_000;
    private const int HundredMillion = 100_000_000;
    private const int WrongWeight = 4_321_987;

    [Theory]
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Pairwise)]
    public void A_correct_check_of_ten_million_weights_passes_without_a_mismatch_or_an_excuse(Summation summation)
    {
        var result = Checking.Run(WeightsAndBias(TenMillion, summation));

        Assert.Equal("fast", result.Settings!.Mode);
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.Equal((Verdict.Passed, Verdict.Passed), (result.Block("w").Verdict, result.Block("b").Verdict));
    }

    /// <remarks>
    /// One weight off by 1 is a relative error of 1.6e-4, sixteen times the threshold; off by 0.15, 2.4e-5. Summed
    /// pairwise, the loss rounds forty times less than the element type's typical noise for ten million terms, which at
    /// the larger step the directions are measured again at still exceeds the disagreement of the smaller error: only the
    /// measured rounding tells it from noise.
    /// </remarks>
    [Theory]
    [InlineData(Summation.Sequential, 1.0)]
    [InlineData(Summation.Pairwise, 0.15)]
    public void A_single_wrong_weight_among_ten_million_fails_and_is_named_with_its_analytic_and_numeric_values(Summation summation, double error)
    {
        var result = Checking.Run(WeightsAndBias(TenMillion, summation, wrongWeight: WrongWeight, error: error));

        var mismatch = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "w"), (mismatch.Code, mismatch.Block));
        Assert.Contains($"located the error in coordinates the sample missed, checked one by one since: w[{WrongWeight}] analytic", mismatch.Message);
        var weights = result.Block("w");
        Assert.Equal(Verdict.Failed, weights.Verdict);
        var named = weights.Worst[0];
        Assert.Equal(WrongWeight, named.FlatIndex);
        Assert.Equal(error, named.Analytic - named.Numeric, precision: 3);
        Assert.Equal(Verdict.Passed, result.Block("b").Verdict);
    }

    /// <remarks>
    /// 800 MB of weights: the engine adds its snapshot and the analytic gradient's copy (and the target its own gradient), so
    /// it fits the runner's default heap cap of 4096 MB; the check itself allocates about two copies of the weights.
    /// </remarks>
    [SlowFact]
    [Trait("Category", "Slow")]
    public void A_correct_check_of_a_hundred_million_weights_passes_on_about_two_copies_of_them()
    {
        var target = WeightsAndBias(HundredMillion, Summation.Sequential);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Checking.Run(target);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        Assert.InRange(allocated, 0, 3.5 * sizeof(double) * HundredMillion);
    }

    /// <remarks>
    /// Summed pairwise, the loss rounds forty times less than the element type's typical noise for a hundred million terms
    /// (which a sequential sum comes within five times of): only the measured rounding tells the wrong weight, whose
    /// directional disagreement is about one, from it.
    /// </remarks>
    [SlowFact]
    [Trait("Category", "Slow")]
    public void A_single_wrong_weight_among_a_hundred_million_summed_pairwise_fails_and_is_named()
    {
        const int wrongWeight = 43_219_876;
        var result = Checking.Run(WeightsAndBias(HundredMillion, Summation.Pairwise, wrongWeight: wrongWeight));

        var mismatch = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "w"), (mismatch.Code, mismatch.Block));
        Assert.Contains($"w[{wrongWeight}] analytic", mismatch.Message);
        Assert.Equal(wrongWeight, result.Block("w").Worst[0].FlatIndex);
    }

    /// <remarks>
    /// The engine keeps one copy of the live arrays (its snapshot, which also puts moved values back) and one of the
    /// analytic gradient (the target's could be reused by it); each direction is a byte per coordinate, and a block that
    /// passes on its directions allocates no per-coordinate figures. On main before issue 10 the same check allocated
    /// about twelve copies: three arrays of figures, the list of coordinates, two directions of doubles and a clone of the
    /// block for every evaluation along them.
    /// </remarks>
    [Fact]
    public void A_fast_check_of_a_million_weights_that_passes_allocates_about_two_copies_of_them()
    {
        const int count = 1_000_000;
        var w = Enumerable.Range(0, count).Select(index => Math.Sin(index)).ToArray();
        var gradient = (double[])w.Clone();
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w } },
            () => 0.5 * SequentialSquares(w),
            () => new Dictionary<string, double[]> { ["w"] = gradient });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Checking.Run(target);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.InRange(allocated, 2 * sizeof(double) * count, 2.5 * sizeof(double) * count);
    }

    public enum Summation
    {
        /// <summary>One term after another, as <c>Enumerable.Sum</c> adds: rounding grows like a random walk over the terms.</summary>
        Sequential,

        /// <summary>Halves summed separately and then added, as vectorised and pairwise sums do.</summary>
        Pairwise,
    }

    /// <summary><c>0.5 sum(w^2) + b0^2 + b1^3</c> at <c>w_i = sqrt(2) sin(i)</c> (a loss of about <c>count / 2</c>) with the exact gradient, or one weight's off by <paramref name="error"/>.</summary>
    internal static LossTarget<double> WeightsAndBias(int count, Summation summation, int wrongWeight = -1, double error = 1)
    {
        var w = new double[count];
        for (var index = 0; index < count; index++)
        {
            w[index] = Math.Sqrt(2) * Math.Sin(index);
        }

        double[] b = [0.75, -0.5];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w }, { "b", b } },
            () => (0.5 * (summation == Summation.Sequential ? SequentialSquares(w) : PairwiseSquares(w))) + (b[0] * b[0]) + (b[1] * b[1] * b[1]),
            () =>
            {
                var gradient = (double[])w.Clone();
                if (wrongWeight >= 0)
                {
                    gradient[wrongWeight] += error;
                }

                return new Dictionary<string, double[]> { ["w"] = gradient, ["b"] = [2 * b[0], 3 * b[1] * b[1]] };
            });
    }

    private static double SequentialSquares(double[] values)
    {
        var total = 0.0;
        foreach (var value in values)
        {
            total += value * value;
        }

        return total;
    }

    private static double PairwiseSquares(ReadOnlySpan<double> values)
    {
        if (values.Length <= 64)
        {
            var total = 0.0;
            foreach (var value in values)
            {
                total += value * value;
            }

            return total;
        }

        var half = values.Length / 2;
        return PairwiseSquares(values[..half]) + PairwiseSquares(values[half..]);
    }
}
