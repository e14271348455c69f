using GradGate.Results;

namespace GradGate.Checking.Tests;

/// <summary>README's multi-input operator, as printed there: it passes, and the same operator with a wrong input gradient fails on that input.</summary>
public sealed class ReadmeOperatorTests
{
    [Fact]
    public void The_readme_affine_operator_passes_and_each_gradient_is_judged_on_its_own_input()
    {
        var result = GradChecker.Check(Affine(dbFactor: 1));

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal(["W", "x", "b"], result.Blocks.Select(block => block.Name));
        Assert.Equal([6, 3, 2], result.Blocks.Select(block => block.Length));
    }

    [Fact]
    public void A_wrong_bias_gradient_fails_on_b_alone()
    {
        var result = GradChecker.Check(Affine(dbFactor: -1));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "b"), (finding.Code, finding.Block));
    }

    private static GradCheckTarget Affine(double dbFactor)
    {
        double[] w = [0.5, -1.0, 2.0, 1.5, 0.25, -0.75], x = [1.0, -2.0, 0.5], b = [0.1, -0.2];
        return GradCheckTarget.Operator(
            new NamedArrays<double> { { "W", w, 2, 3 }, { "x", x }, { "b", b } },
            forward: inputs =>
            {
                var (W, X, B) = (inputs[0], inputs[1], inputs[2]);
                return [.. Enumerable.Range(0, 2).Select(i => B[i] + Enumerable.Range(0, 3).Sum(j => W[(i * 3) + j] * X[j]))];
            },
            backward: (inputs, dy) =>
            {
                var (W, X) = (inputs[0], inputs[1]);
                var dW = new double[6];
                var dx = new double[3];
                for (var i = 0; i < 2; i++)
                {
                    for (var j = 0; j < 3; j++)
                    {
                        dW[(i * 3) + j] = dy[i] * X[j];
                        dx[j] += dy[i] * W[(i * 3) + j];
                    }
                }

                return [dW, dx, dy.Select(value => dbFactor * value).ToArray()];
            });
    }
}
