using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;
using Flaw = GradGate.Engine.Tests.Scenarios.SoftmaxCrossEntropyHvp<double>.HvpFlaw;

namespace GradGate.Engine.Tests;

/// <summary>Second order: a gradient's Hessian-vector product against central differences of the gradient, its symmetry, and a full Hessian.</summary>
public sealed class HvpTests
{
    [Theory]
    [InlineData("full")]
    [InlineData("fast")]
    public void A_correct_softmax_cross_entropy_hvp_passes(string mode)
    {
        var result = Checking.Run(new SoftmaxCrossEntropyHvp<double>().ToTarget(), new CheckOverrides { Mode = mode });

        Assert.Empty(result.Serious());
        Assert.Equal(("hvp", Verdict.Passed), (result.Kind, result.Verdict));
        Assert.True(result.RelativeError < 1e-8, $"relative error {result.RelativeError}");
        Assert.Equal(mode == "full", result.Blocks.Any(block => block.Name == "HVP H[:,logits]"));
    }

    [Fact]
    public void A_correct_float32_softmax_cross_entropy_hvp_and_hessian_pass()
    {
        var scenario = new SoftmaxCrossEntropyHvp<float>();

        var result = Checking.Run(scenario.ToTarget().WithHessian(scenario.Hessian));

        Assert.Empty(result.Serious());
        Assert.Equal(Verdict.Passed, result.Verdict);
    }

    [Fact]
    public void An_hvp_without_its_rank_one_term_fails_naming_the_hessian_entries()
    {
        var result = Checking.Run(new SoftmaxCrossEntropyHvp<double>(Flaw.DropsRankOneTerm).ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var columns = result.Block("HVP H[:,logits]");
        Assert.Equal(Verdict.Failed, columns.Verdict);
        Assert.Equal([12, 4, 3], columns.Shape);
        Assert.Matches(@"^H\[logits\[\d,\d\], logits\[\d,\d\]\]$", columns.Worst[0].Label);
        var finding = result.Findings.First(finding => finding.Block == "HVP H[:,logits]");
        Assert.Equal(DiagnosticCodes.GradientMismatch, finding.Code);
        Assert.Contains("Check the HVP closure", finding.Message);
    }

    [Fact]
    public void An_hvp_off_by_the_batch_size_fails_along_its_directions_with_the_factor_named()
    {
        var result = Checking.Run(new SoftmaxCrossEntropyHvp<double>(Flaw.MissesBatchMean).ToTarget(), new CheckOverrides { Mode = "fast" });

        var tangent = result.Block("HVP(t1)");
        Assert.Equal(Verdict.Failed, tangent.Verdict);
        Assert.Equal(4.0, tangent.Pattern!.Factor!.Value, 6);
        Assert.Matches(@"^logits\[\d,\d\]$", tangent.Worst[0].Label);
    }

    [Fact]
    public void A_quadratic_with_its_known_hessian_passes_and_its_entries_are_compared()
    {
        var quadratic = new Quadratic([4, 1, 0.5, 1, 3, -1, 0.5, -1, 2]);

        var result = Checking.Run(quadratic.ToTarget().WithHessian(quadratic.Hessian));

        Assert.Empty(result.Serious());
        var entries = result.Block("Hessian H[:,x]");
        Assert.Equal((9, Verdict.Passed), (entries.CoordinatesChecked, entries.Verdict));
        Assert.True(entries.RelativeError < 1e-9, $"relative error {entries.RelativeError}");
    }

    [Fact]
    public void An_asymmetric_hessian_fails_its_symmetry_and_its_entries()
    {
        var quadratic = new Quadratic([4, 1, 0.5, 1, 3, -1, 0.5, -1, 2]);
        var wrong = quadratic.Hessian();
        wrong[0, 2] += 0.25;

        var result = Checking.Run(quadratic.ToTarget().WithHessian(() => wrong));

        var symmetry = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.AdjointMismatch);
        Assert.Equal(Severity.Error, symmetry.Severity);
        Assert.StartsWith("The Hessian is not symmetric: H[x[0], x[2]] = 0.75 but H[x[2], x[0]] = 0.5", symmetry.Message);
        Assert.Equal(Verdict.Failed, result.Block("Hessian H[:,x]").Verdict);
        Assert.Equal("H[x[0], x[2]]", result.Block("Hessian H[:,x]").Worst[0].Label);
        Assert.Equal(Verdict.Passed, result.Block("HVP(t1)").Verdict);
    }

    [Fact]
    public void A_gradient_that_is_no_gradient_passes_finite_differences_but_fails_symmetry()
    {
        // g(x) = B x for a non-symmetric B is the derivative of no loss; its "HVP" B v matches finite differences of g exactly.
        var quadratic = new Quadratic([4, 1, 0.5, 1, 3, -1, 0.5, -1, 2], asymmetry: 1e-6);

        var result = Checking.Run(quadratic.ToTarget());

        Assert.All(result.Blocks, block => Assert.Equal(Verdict.Passed, block.Verdict));
        var symmetry = Assert.Single(result.Serious());
        Assert.Equal((DiagnosticCodes.AdjointMismatch, Severity.Error), (symmetry.Code, symmetry.Severity));
        Assert.StartsWith("The HVP's products fail the adjoint test: <t1, H t2> = ", symmetry.Message);
    }

    [Fact]
    public void A_nondeterministic_gradient_and_an_hvp_that_writes_into_its_direction_are_reported()
    {
        var x = new[] { 0.5, -1.0 };
        var calls = 0;
        var noisy = GradCheckTarget.Hvp(
            new NamedArrays<double> { { "x", x } },
            () => new Dictionary<string, double[]> { ["x"] = [2 * x[0] + (++calls * 1e-3), 2 * x[1]] },
            v => new Dictionary<string, double[]> { ["x"] = [2 * v["x"][0], 2 * v["x"][1]] });
        var writing = GradCheckTarget.Hvp(
            new NamedArrays<double> { { "x", x } },
            () => new Dictionary<string, double[]> { ["x"] = [2 * x[0], 2 * x[1]] },
            v =>
            {
                var product = new[] { 2 * v["x"][0], 2 * v["x"][1] };
                v["x"][0] = 0;
                return new Dictionary<string, double[]> { ["x"] = product };
            });

        var nondeterministic = Checking.Run(noisy);
        var mutated = Checking.Run(writing);

        Assert.StartsWith("The gradient closure returns different gradients at the same point (at x[0]",
            Assert.Single(nondeterministic.Findings, finding => finding.Code == DiagnosticCodes.Nondeterministic).Message);
        Assert.StartsWith("The HVP closure changed the direction it was given for x (first at x[0]",
            Assert.Single(mutated.Findings, finding => finding.Code == DiagnosticCodes.MutatedInput).Message);
        Assert.Equal([0.5, -1.0], x);
    }

    [Fact]
    public void An_hvp_or_hessian_that_does_not_fit_the_parameters_is_an_invalid_target()
    {
        var quadratic = new Quadratic([4, 1, 0.5, 1, 3, -1, 0.5, -1, 2]);

        var result = Checking.Run(quadratic.ToTarget().WithHessian(() => new double[2, 3]));

        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.InvalidTarget
            && finding.Message.StartsWith("The Hessian closure returned a 2 by 3 matrix, but the parameters have 3 elements", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_that_is_a_view_into_a_buffer_is_refused_with_what_to_do()
    {
        var buffer = new double[6];
        var parameters = new NamedArrays<double> { { "x", new ArraySegment<double>(buffer, 2, 3) } };

        var refused = Assert.Throws<InvalidGradCheckTargetException>(() => GradCheckTarget.Hvp(
            parameters, () => new Dictionary<string, double[]>(), v => new Dictionary<string, double[]>()));

        Assert.StartsWith("The parameter 'x' is a view into a larger buffer, but a second-order target moves whole arrays", refused.Message);
    }

    /// <summary><c>L = x^T A x / 2 + b^T x</c> over three coordinates, with gradient <c>A x + b</c>, HVP <c>A v</c> and Hessian <c>A</c>; <c>A</c> made non-symmetric by <c>asymmetry</c> at [0,1].</summary>
    private sealed class Quadratic
    {
        private readonly double[] _a;
        private readonly double[] _b = [0.3, -0.2, 0.1];

        public Quadratic(double[] a, double asymmetry = 0)
        {
            _a = (double[])a.Clone();
            _a[1] += asymmetry;
        }

        public double[] X { get; } = [0.7, -1.2, 0.4];

        public HvpTarget<double> ToTarget() => GradCheckTarget.Hvp(
            new NamedArrays<double> { { "x", X } },
            () => new Dictionary<string, double[]> { ["x"] = Multiply(X).Select((value, index) => value + _b[index]).ToArray() },
            direction => new Dictionary<string, double[]> { ["x"] = Multiply(direction["x"]) });

        public double[,] Hessian()
        {
            var hessian = new double[3, 3];
            for (var row = 0; row < 3; row++)
            {
                for (var column = 0; column < 3; column++)
                {
                    hessian[row, column] = _a[(row * 3) + column];
                }
            }

            return hessian;
        }

        private double[] Multiply(double[] vector)
            => Enumerable.Range(0, 3).Select(row => Enumerable.Range(0, 3).Sum(column => _a[(row * 3) + column] * vector[column])).ToArray();
    }
}
