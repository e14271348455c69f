using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>
/// The kind of bug a failing block points at, on deliberately broken backward passes of functions with known derivatives;
/// and no kind claimed for a correct target or for a gradient that is merely noisy.
/// </summary>
public sealed class MismatchPatternTests
{
    /// <summary>A 3x4 block with distinct values, none near zero.</summary>
    private static double[] Weights() => Enumerable.Range(0, 12).Select(index => 0.3 + (0.11 * index)).ToArray();

    /// <summary><c>sum(w^3)</c>, whose gradient is <c>3 w^2</c>, with the gradient <paramref name="broken"/> makes of the right one.</summary>
    private static CheckResult Cubic(Func<double[], double[]> broken)
        => Checking.Run(Targets.Loss("W", Weights(), w => w.Sum(v => v * v * v), w => broken(w.Select(v => 3 * v * v).ToArray()), 3, 4));

    [Theory]
    [InlineData(2.0, "The analytic gradient is 2.00 times the numeric one at every coordinate: a constant factor (a term counted 2 times, or a 1/2 missing")]
    [InlineData(0.5, "The analytic gradient is 0.5 times the numeric one at every coordinate: a constant factor (an extra 1/2, such as a mean where a sum belongs")]
    [InlineData(1.0 / 12, "The analytic gradient is 0.0833 times the numeric one at every coordinate: a constant factor (an extra 1/12")]
    [InlineData(1.01, "The analytic gradient is 1.01 times the numeric one at every coordinate: a constant factor (a wrong scale in the backward pass)")]
    public void A_constant_factor_is_named_with_its_value(double factor, string sentence)
    {
        var result = Cubic(gradient => Array.ConvertAll(gradient, value => factor * value));

        var pattern = result.Block("W").Pattern!;
        Assert.Equal(MismatchPatternKinds.Factor, pattern.Kind);
        Assert.Equal(factor, pattern.Factor!.Value, 1e-6);
        Assert.StartsWith(sentence, pattern.Description);
        Assert.Contains(sentence, Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_sign_flip_is_named()
    {
        var pattern = Cubic(gradient => Array.ConvertAll(gradient, value => -value)).Block("W").Pattern!;

        Assert.Equal((MismatchPatternKinds.SignFlip, -1.0), (pattern.Kind, Math.Round(pattern.Factor!.Value, 6)));
        Assert.StartsWith("The analytic gradient is the numeric one with its sign flipped", pattern.Description);
    }

    [Fact]
    public void The_same_factor_in_every_block_of_a_loss_is_an_error_upstream_of_them_all()
    {
        double[] w = [0.5, -1.5, 2.0, 0.7], b = [0.25, -0.75, 1.1];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w }, { "b", b } },
            () => w.Sum(v => v * v * v) + b.Sum(v => v * v),
            () => new Dictionary<string, double[]> { ["w"] = w.Select(v => 4 * 3 * v * v).ToArray(), ["b"] = b.Select(v => 4 * 2 * v).ToArray() });

        var result = Checking.Run(target);

        Assert.All(result.Blocks, block => Assert.Equal(MismatchPatternKinds.UpstreamFactor, block.Pattern!.Kind));
        Assert.All(result.Findings, finding => Assert.Contains("Every block of this loss is 4.00 times its numeric gradient, so the error is upstream of all of them", finding.Message));
    }

    [Fact]
    public void One_block_off_by_a_factor_beside_a_correct_one_is_that_blocks_own_factor()
    {
        double[] w = [0.5, -1.5, 2.0, 0.7], b = [0.25, -0.75, 1.1];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w }, { "b", b } },
            () => w.Sum(v => v * v * v) + b.Sum(v => v * v),
            () => new Dictionary<string, double[]> { ["w"] = w.Select(v => 2 * 3 * v * v).ToArray(), ["b"] = b.Select(v => 2 * v).ToArray() });

        var result = Checking.Run(target);

        Assert.Equal(MismatchPatternKinds.Factor, result.Block("w").Pattern!.Kind);
        Assert.Null(result.Block("b").Pattern);
    }

    [Fact]
    public void A_gradient_never_written_is_named()
    {
        var pattern = Cubic(gradient => new double[gradient.Length]).Block("W").Pattern!;

        Assert.Equal(MismatchPatternKinds.NeverWritten, pattern.Kind);
        Assert.StartsWith("The analytic gradient of W is zero everywhere while the numeric one is not: the gradient is never written", pattern.Description);
    }

    [Fact]
    public void A_missing_mask_is_named_with_the_coordinates_where_the_function_is_flat()
    {
        // sum(relu(x)^2): the derivative is 2x where x > 0 and 0 where x < 0; the broken backward forgets the mask.
        double[] x = [0.8, -0.6, 1.3, -1.1, 0.4, -0.2];
        var target = Targets.Loss("x", x, v => v.Sum(t => t > 0 ? t * t : 0), v => v.Select(t => 2 * t).ToArray());

        var pattern = Checking.Run(target).Block("x").Pattern!;

        Assert.Equal(MismatchPatternKinds.MissingMask, pattern.Kind);
        Assert.Equal(["x[1]", "x[3]", "x[5]"], pattern.Where);
        Assert.StartsWith("The analytic gradient is non-zero at 3 coordinates (x[1], x[3], x[5]), where the numeric gradient is zero", pattern.Description);
    }

    [Fact]
    public void A_dropped_gradient_is_named_with_its_coordinates()
    {
        var pattern = Cubic(gradient => gradient.Select((value, index) => index is 2 or 7 ? 0 : value).ToArray()).Block("W").Pattern!;

        Assert.Equal(MismatchPatternKinds.DroppedGradient, pattern.Kind);
        Assert.Equal(["W[0,2]", "W[1,3]"], pattern.Where);
    }

    [Fact]
    public void A_transposed_gradient_is_named()
    {
        // sum(C * W) over a 3x4 W: the gradient is C, here written in the transposed, 4x3, layout.
        var coefficients = Enumerable.Range(0, 12).Select(index => 1.0 + (0.37 * index * index)).ToArray();
        var target = Targets.Loss(
            "W", Weights(), w => w.Select((v, index) => coefficients[index] * v).Sum(),
            _ => Enumerable.Range(0, 12).Select(index => coefficients[((index % 3) * 4) + (index / 3)]).ToArray(), 3, 4);

        var pattern = Checking.Run(target).Block("W").Pattern!;

        Assert.Equal(MismatchPatternKinds.Transposed, pattern.Kind);
        Assert.StartsWith("The analytic gradient matches the numeric one transposed: W's gradient is laid out as [4,3] instead of [3,4]", pattern.Description);
    }

    [Fact]
    public void A_mismatch_confined_to_a_row_names_the_row()
    {
        var pattern = Cubic(gradient => gradient.Select((value, index) => index / 4 == 1 ? value + (0.1 * (index + 1)) : value).ToArray()).Block("W").Pattern!;

        Assert.Equal((MismatchPatternKinds.Confined, "W[1,:]"), (pattern.Kind, Assert.Single(pattern.Where)));
        Assert.StartsWith("It differs only in row W[1,:] of W; the others agree", pattern.Description);
    }

    [Fact]
    public void A_mismatch_confined_to_columns_names_the_columns()
    {
        var pattern = Cubic(gradient => gradient.Select((value, index) => index % 4 is 0 or 3 ? value * (1.2 + (0.01 * index)) : value).ToArray()).Block("W").Pattern!;

        Assert.Equal(MismatchPatternKinds.Confined, pattern.Kind);
        Assert.Equal(["W[:,0]", "W[:,3]"], pattern.Where);
    }

    [Fact]
    public void A_mismatch_at_a_few_coordinates_lists_them()
    {
        var pattern = Cubic(gradient => gradient.Select((value, index) => index is 1 or 10 ? value + 0.5 : value).ToArray()).Block("W").Pattern!;

        Assert.Equal(MismatchPatternKinds.Confined, pattern.Kind);
        Assert.Equal(["W[0,1]", "W[2,2]"], pattern.Where);
        Assert.StartsWith("It differs only at 2 coordinates (W[0,1], W[2,2]) of the 12 checked", pattern.Description);
    }

    [Fact]
    public void A_wrong_formula_differs_everywhere_by_no_single_factor()
    {
        // The square's derivative is 2x; this backward computes 2x + 1.
        double[] x = [0.5, -1.2, 2.0, 0.9, -0.4];
        var result = Checking.Run(Targets.Square(x, (input, upstream) => input.Select((value, index) => ((2 * value) + 1) * upstream[index]).ToArray()));

        var pattern = result.Block("x").Pattern!;
        Assert.Equal(MismatchPatternKinds.Everywhere, pattern.Kind);
        Assert.StartsWith("It differs at every checked coordinate of x (5), analytic / numeric from", pattern.Description);
    }

    [Fact]
    public void A_wrong_element_wise_derivative_is_named_on_the_diagonal_of_the_jacobian()
    {
        // The sigmoid's backward uses y (1 + y): its Jacobian is diagonal, and wrong at every diagonal entry only.
        var result = Checking.Run(Scenarios.Sigmoid.Buggy().WithFullJacobian());

        var pattern = result.Block("dY/dx").Pattern!;
        Assert.Equal(MismatchPatternKinds.Confined, pattern.Kind);
        Assert.Equal(["dY[0]/dx[0]", "dY[1]/dx[1]", "dY[2]/dx[2]", "dY[3]/dx[3]", "dY[4]/dx[4]"], pattern.Where);
        Assert.StartsWith("It differs only on the diagonal of dY/dx (dY[0]/dx[0], dY[1]/dx[1], dY[2]/dx[2], dY[3]/dx[3], dY[4]/dx[4]), at every entry "
            + "of it checked; the 20 other entries checked agree", pattern.Description);
    }

    [Fact]
    public void A_mismatch_at_one_diagonal_entry_of_a_jacobian_is_not_called_the_diagonal()
    {
        double[] x = [0.5, -1.2, 2.0, 0.9];
        var result = Checking.Run(Targets.Square(x, (input, upstream) => input.Select((value, index) => (index == 2 ? 3 : 2) * value * upstream[index]).ToArray()).WithFullJacobian());

        var pattern = result.Block("dY/dx").Pattern!;
        Assert.Equal(MismatchPatternKinds.Confined, pattern.Kind);
        Assert.DoesNotContain("diagonal", pattern.Description);
    }

    [Fact]
    public void A_correct_target_and_a_merely_noisy_gradient_claim_no_constant_factor()
    {
        Assert.All(Cubic(gradient => gradient).Blocks, block => Assert.Null(block.Pattern));

        // Each coordinate off by its own 0.1% to 0.3%: it fails, but no factor, mask, layout or place explains it.
        var noisy = Cubic(gradient => gradient.Select((value, index) => value * (1 + (((index * 7 % 5) - 2) * 1.5e-3))).ToArray());

        Assert.Equal(Verdict.Failed, noisy.Verdict);
        var pattern = noisy.Block("W").Pattern;
        Assert.True(pattern is null || pattern.Kind is MismatchPatternKinds.Confined or MismatchPatternKinds.Everywhere, pattern?.Description);
        Assert.Null(pattern?.Factor);
    }
}
