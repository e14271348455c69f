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

    [Fact]
    public void A_single_wrong_weight_among_ten_million_fails_and_is_named_with_its_analytic_and_numeric_values()
    {
        var result = Checking.Run(WeightsAndBias(TenMillion, Summation.Sequential, wrongWeight: WrongWeight));

        var mismatch = Assert.Single(result.Findings, finding => finding.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "w"), (mismatch.Code, mismatch.Block));
        Assert.Contains($"w[{WrongWeight}]", mismatch.Message);
        var weights = result.Block("w");
        Assert.Equal(Verdict.Failed, weights.Verdict);
        var named = weights.Worst[0];
        Assert.Equal(WrongWeight, named.FlatIndex);
        Assert.Equal(1.0, named.Analytic - named.Numeric, precision: 3);
        Assert.Equal(Verdict.Passed, result.Block("b").Verdict);
        Assert.DoesNotContain(result.Findings, finding => finding.Code == DiagnosticCodes.PrecisionLimit && finding.Severity > Severity.Message);
    }

    public enum Summation
    {
        /// <summary>One term after another, as <c>Enumerable.Sum</c> adds: rounding grows like a random walk over the terms.</summary>
        Sequential,

        /// <summary>Halves summed separately and then added, as vectorised and pairwise sums do.</summary>
        Pairwise,
    }

    /// <summary><c>0.5 sum(w^2) + b0^2 + b1^3</c> at <c>w_i = sqrt(2) sin(i)</c> (a loss of about <c>count / 2</c>) with the exact gradient, or one weight's off by 1.</summary>
    internal static LossTarget<double> WeightsAndBias(int count, Summation summation, int wrongWeight = -1)
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
                    gradient[wrongWeight] += 1;
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
