using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>GG0001 and GG0002: the thresholds' bands, the worst coordinates, and the order of findings.</summary>
public sealed class MismatchTests
{
    [Fact]
    public void A_wrong_coordinate_is_named_first_with_its_index_analytic_and_numeric_values()
    {
        var w = Enumerable.Range(0, 12).Select(index => 0.1 * (index - 5)).ToArray();
        var target = Targets.Loss("W", w, x => x.Sum(v => v * v), x => x.Select((v, index) => (2 * v) + (index == 9 ? 0.5 : 0)).ToArray(), 3, 4);

        var result = Checking.Run(target);

        var worst = result.Block("W").Worst[0];
        Assert.Equal((9, "W[2,1]"), (worst.FlatIndex, worst.Label));
        Assert.Equal([2, 1], worst.Index);
        Assert.Equal(1.3, worst.Analytic, precision: 12);
        Assert.Equal(0.8, worst.Numeric, precision: 8);
        Assert.Equal(0.5, worst.AbsoluteError, precision: 8);
        Assert.Equal(0.5 / 2.1, worst.RelativeError, precision: 8);
        Assert.Contains("Worst coordinates: W[2,1] analytic 1.30e+00 vs numeric 8.00e-01", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_small_error_prints_each_pair_with_the_digits_it_takes_to_show_that_they_differ()
    {
        // 0.08% off at one coordinate: three significant digits would print 2.18e+00 for both.
        var target = Targets.Loss("x", [1.09, 0.5], x => x.Sum(v => v * v), x => [2 * x[0] * 1.0008, 2 * x[1]]);

        var message = Assert.Single(Checking.Run(target).Findings).Message;

        Assert.Contains("Worst coordinates: x[0] analytic 2.182e+00 vs numeric 2.180e+00", message);
        Assert.DoesNotContain("x[1]", message); // equal to rounding: neither among the worst nor in the largest element-wise error
    }

    [Fact]
    public void The_worst_coordinates_and_the_largest_element_wise_error_count_the_same_coordinates()
    {
        // x[0] is 1% off; x[1]'s derivative is zero and its numeric estimate only rounding, which both figures leave out.
        var target = Targets.Loss("x", [1.5, 0.0, -2.0], x => (x[0] * x[0]) + (x[2] * x[2]), x => [2 * x[0] * 1.01, 0, 2 * x[2]]);

        var block = Checking.Run(target).Block("x");

        Assert.Equal([0], block.Worst.Select(coordinate => coordinate.FlatIndex));
        Assert.Equal(block.Worst.Max(coordinate => coordinate.RelativeError), block.MaxElementRelativeError!.Value, 12);
    }

    [Fact]
    public void A_relative_error_between_the_thresholds_is_a_warning()
    {
        var result = Checking.Run(Targets.SumOfSquares([0.5, -1.0, 2.0], x => Array.ConvertAll(x, v => 2 * v * (1 + 2e-6))));

        Assert.Equal(Verdict.Warning, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatchWarning, Severity.Warning, "x"), (finding.Code, finding.Severity, finding.Block));
        Assert.StartsWith("Gradient of x is slightly off: relative error 1.00e-06 is above the warning threshold 1e-07", finding.Message);
        Assert.Equal(Verdict.Warning, result.Block("x").Verdict);
    }

    [Fact]
    public void A_relative_error_above_the_error_threshold_fails()
    {
        var result = Checking.Run(Targets.SumOfSquares([0.5, -1.0, 2.0], x => Array.ConvertAll(x, v => 2 * v * (1 + 1e-4))));

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Findings_come_worst_first_errors_then_warnings_then_messages()
    {
        double[] large = [0.5, -0.3], slight = [0.2, 0.4], dead = [1.0], tiny = [0.7, 0.1], warned = [0.3, -0.6];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "slight", slight }, { "dead", dead }, { "warned", warned }, { "tiny", tiny }, { "large", large } },
            () => (1e3 * large.Sum(v => v * v)) + slight.Sum(v => v * v) + warned.Sum(v => v * v) + (1e-12 * tiny.Sum()),
            () => new Dictionary<string, double[]>
            {
                ["large"] = Array.ConvertAll(large, v => 2e3 * v * 3),
                ["slight"] = Array.ConvertAll(slight, v => 2 * v * 1.1),
                ["dead"] = [0.0],
                ["warned"] = Array.ConvertAll(warned, v => 2 * v * (1 + 2e-6)),
                ["tiny"] = [1e-12, 1e-12],
            });

        var result = Checking.Run(target);

        Assert.Equal(
            [
                (DiagnosticCodes.GradientMismatch, "large"),
                (DiagnosticCodes.GradientMismatch, "slight"),
                (DiagnosticCodes.NothingVerified, "dead"),
                (DiagnosticCodes.GradientMismatchWarning, "warned"),
                (DiagnosticCodes.PrecisionLimit, "tiny"),
            ],
            result.Findings.Select(finding => (finding.Code, finding.Block)));
        Assert.Equal([Severity.Error, Severity.Error, Severity.Error, Severity.Warning, Severity.Message], result.Findings.Select(finding => finding.Severity));
    }

    [Fact]
    public void The_headline_relative_error_is_the_norm_formula_over_every_block()
    {
        double[] a = [1.0, 2.0], b = [3.0];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "a", a }, { "b", b } },
            () => a.Sum(v => v * v) + (b[0] * b[0]),
            () => new Dictionary<string, double[]> { ["a"] = [2 * a[0], 2 * a[1]], ["b"] = [(2 * b[0]) + 1] });

        var result = Checking.Run(target);

        // g = (2, 4, 7), g_num = (2, 4, 6): ||g - g_num|| / (||g|| + ||g_num||) = 1 / (sqrt(69) + sqrt(56)).
        Assert.Equal(1 / (Math.Sqrt(69) + Math.Sqrt(56)), result.RelativeError!.Value, precision: 9);
        Assert.Equal(1.0 / 13, result.MaxElementRelativeError!.Value, precision: 9);
        Assert.Equal(0, result.Block("a").RelativeError!.Value, precision: 9);
    }
}
