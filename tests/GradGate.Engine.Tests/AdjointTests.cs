using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>The adjoint (dot-product) test between an operator's JVP and its backward pass: GG0024, exact up to rounding.</summary>
public sealed class AdjointTests
{
    [Fact]
    public void A_consistent_layer_norm_pair_passes_in_float64_and_float32()
    {
        var float64 = Checking.Run(new LayerNormModes<double>().ToTarget());
        var float32 = Checking.Run(new LayerNormModes<float>().ToTarget());

        Assert.DoesNotContain(float64.Findings, finding => finding.Code == DiagnosticCodes.AdjointMismatch);
        Assert.DoesNotContain(float32.Findings, finding => finding.Code == DiagnosticCodes.AdjointMismatch);
        Assert.Equal((Verdict.Passed, Verdict.Passed), (float64.Verdict, float32.Verdict));
    }

    [Fact]
    public void A_1e_8_inconsistency_that_finite_differences_cannot_see_fails_the_adjoint_test()
    {
        var result = Checking.Run(new LayerNormModes<double>(LayerNormModes<double>.JvpFlaw.ScalesGammaTerm, relativeError: 1e-8).ToTarget());

        var finding = Assert.Single(result.Serious());
        Assert.Equal((DiagnosticCodes.AdjointMismatch, Severity.Error), (finding.Code, finding.Severity));
        Assert.StartsWith("The JVP and the backward closure fail the adjoint test: <G, J t", finding.Message);
        Assert.Contains("above the error threshold 3.64e-12 that float64 rounding allows", finding.Message);
        Assert.All(result.Blocks, block => Assert.Equal(Verdict.Passed, block.Verdict)); // every finite-difference comparison passes
        Assert.Equal(Verdict.Failed, result.Verdict);
    }

    [Fact]
    public void The_same_inconsistency_in_float32_is_below_its_rounding_and_does_not_alarm()
    {
        var result = Checking.Run(new LayerNormModes<float>(LayerNormModes<float>.JvpFlaw.ScalesGammaTerm, relativeError: 1e-8).ToTarget());

        Assert.Empty(result.Serious());
    }

    [Fact]
    public void A_float32_inconsistency_of_a_percent_fails()
    {
        var result = Checking.Run(new LayerNormModes<float>(LayerNormModes<float>.JvpFlaw.ScalesGammaTerm, relativeError: 1e-2).ToTarget());

        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.AdjointMismatch && finding.Severity == Severity.Error);
    }

    [Fact]
    public void A_backward_pass_of_a_linear_map_that_forgot_to_transpose_fails_both_ways()
    {
        // y = A x for a non-symmetric 3x3 A: J v = A v, J^T g = A^T g; the broken backward returns A g.
        double[] a = [1, 2, 0, -1, 3, 1, 0.5, 0, 2];
        var target = GradCheckTarget.Operator(
            "x",
            [0.3, -0.7, 1.1],
            x => Multiply(a, x, transpose: false),
            (x, g) => Multiply(a, g, transpose: false))
            .WithJvp((double[] x, double[] t) => Multiply(a, t, transpose: false));

        var result = Checking.Run(target);

        Assert.Equal(Verdict.Failed, result.Block("x").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("JVP(t1)").Verdict);
        var adjoint = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.AdjointMismatch);
        Assert.Equal(Severity.Error, adjoint.Severity);
    }

    [Fact]
    public void A_linear_map_with_its_transpose_passes_to_rounding()
    {
        double[] a = [1, 2, 0, -1, 3, 1, 0.5, 0, 2];
        var target = GradCheckTarget.Operator(
            "x",
            [0.3, -0.7, 1.1],
            x => Multiply(a, x, transpose: false),
            (x, g) => Multiply(a, g, transpose: true))
            .WithJvp((double[] x, double[] t) => Multiply(a, t, transpose: false));

        var result = Checking.Run(target);

        Assert.Empty(result.Serious());
    }

    [Fact]
    public void The_mismatch_is_measured_in_units_of_the_terms_so_cancelling_sums_do_not_inflate_it()
    {
        // <a, Pb> = 1e8 - 1e8 + 1 and <Qa, b> the same terms in another order: equal up to rounding of terms of size 1e8.
        var context = new Evaluation.CheckContext(new CheckSettings(), Settings.ElementPrecision.Float64);
        var pair = new Products.AdjointPair([1, 1, 1], [1e8, -1e8, 1 + 1e-9], [1, 1e8, -1e8], [1, 1, 1], "<a, P b>", "<Q a, b>");

        var mismatch = Products.AdjointTest.Judge(context, [pair], new Products.AdjointWording("P and Q", "fix it"));

        Assert.True(mismatch < 1e-16, $"mismatch {mismatch}");
        Assert.Empty(context.Findings.WorstFirst());
    }

    private static double[] Multiply(double[] matrix, double[] vector, bool transpose)
    {
        var result = new double[3];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                result[row] += (transpose ? matrix[(column * 3) + row] : matrix[(row * 3) + column]) * vector[column];
            }
        }

        return result;
    }
}
