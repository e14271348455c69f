using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;
using Flaw = GradGate.Engine.Tests.Scenarios.LayerNormModes<double>.JvpFlaw;

namespace GradGate.Engine.Tests;

/// <summary>Forward mode: an operator's JVP against central differences of its forward closure, along tangents and per coordinate.</summary>
public sealed class JvpTests
{
    [Theory]
    [InlineData("full")]
    [InlineData("fast")]
    [InlineData("sampled")]
    public void A_correct_layer_norm_jvp_passes_in_every_mode(string mode)
    {
        var result = Checking.Run(new LayerNormModes<double>().ToTarget(), new CheckOverrides { Mode = mode });

        Assert.Empty(result.Serious());
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.All(new[] { "JVP(t1)", "JVP(t2)" }, name => Assert.Equal(Verdict.Passed, result.Block(name).Verdict));
        Assert.True(result.Block("JVP(t1)").RelativeError < 1e-8);
        Assert.Equal(mode == "full", result.Blocks.Any(block => block.Name == "JVP dY/dx"));
    }

    [Fact]
    public void A_correct_float32_layer_norm_jvp_passes()
    {
        var result = Checking.Run(new LayerNormModes<float>().ToTarget());

        if (result.Serious().Any()) { Assert.Fail(string.Join("|", result.Serious().Select(finding => finding.Message))); }
        Assert.Equal(Verdict.Passed, result.Verdict);
    }

    [Fact]
    public void In_full_mode_every_input_coordinate_is_compared_and_named_with_its_output()
    {
        var result = Checking.Run(new LayerNormModes<double>(Flaw.DropsVarianceTerm).ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var columns = result.Block("JVP dY/dx");
        Assert.Equal(Verdict.Failed, columns.Verdict);
        Assert.Equal([48, 2, 4, 6], columns.Shape);
        Assert.Equal(48 * 48, columns.CoordinatesChecked);
        Assert.Matches(@"^dY\[\d+\]/dx\[\d,\d,\d\]$", columns.Worst[0].Label);
        Assert.Equal(Verdict.Passed, result.Block("JVP dY/dgamma").Verdict); // the flaw is in dx's term alone
        Assert.Equal(Verdict.Passed, result.Block("JVP dY/dbeta").Verdict);
        Assert.Equal(Verdict.Passed, result.Block("x").Verdict); // the backward pass is right
        var finding = result.Findings.First(finding => finding.Block == "JVP dY/dx");
        Assert.Equal((DiagnosticCodes.GradientMismatch, Severity.Error), (finding.Code, finding.Severity));
        Assert.StartsWith("The JVP along the coordinates of x is wrong: relative error", finding.Message);
        Assert.Contains("Check the JVP closure", finding.Message);
    }

    [Fact]
    public void In_fast_mode_a_wrong_jvp_fails_along_its_tangents_naming_the_worst_outputs()
    {
        var result = Checking.Run(new LayerNormModes<double>(Flaw.DropsVarianceTerm).ToTarget(), new CheckOverrides { Mode = "fast" });

        Assert.Equal(Verdict.Failed, result.Verdict);
        var tangent = result.Block("JVP(t1)");
        Assert.Equal(Verdict.Failed, tangent.Verdict);
        Assert.Matches(@"^Y\[\d+\]$", tangent.Worst[0].Label);
        var finding = result.Findings.First(finding => finding.Block == "JVP(t1)");
        Assert.Equal(DiagnosticCodes.GradientMismatch, finding.Code);
        Assert.Contains("The JVP along tangent t1 is wrong", finding.Message);
        Assert.DoesNotContain(result.Blocks, block => block.Name.StartsWith("JVP dY/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_jvp_that_accumulates_between_calls_is_nondeterministic()
    {
        var result = Checking.Run(new LayerNormModes<double>(Flaw.Accumulates).ToTarget());

        var finding = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.Nondeterministic);
        Assert.StartsWith("The JVP closure returns different products for the same point and tangent (at Y[", finding.Message);
        Assert.Equal(Verdict.Failed, result.Verdict);
    }

    [Fact]
    public void A_jvp_that_writes_into_its_tangent_is_reported_once_and_the_tangent_restored()
    {
        var result = Checking.Run(new LayerNormModes<double>(Flaw.WritesTangent).ToTarget());

        var finding = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.MutatedInput);
        Assert.StartsWith("The JVP closure changed the tangent it was given for input 'gamma' (first at gamma[0]", finding.Message);
        Assert.DoesNotContain(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
    }

    [Fact]
    public void A_jvp_that_changes_its_inputs_is_reported_and_the_inputs_restored()
    {
        var x = new[] { 0.5, -1.0, 2.0 };
        var target = Targets.Square(x).WithJvp((double[] input, double[] tangent) =>
        {
            var product = input.Select((value, index) => 2 * value * tangent[index]).ToArray();
            input[1] += 1;
            return product;
        });

        var result = Checking.Run(target);

        var finding = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.MutatedInput);
        Assert.StartsWith("The JVP closure changed input x (first at x[1]", finding.Message);
        Assert.Equal([0.5, -1.0, 2.0], x);
    }

    [Fact]
    public void A_jvp_of_the_wrong_length_or_with_non_finite_values_is_reported()
    {
        var shortOne = Checking.Run(Targets.Square([0.5, -1.0]).WithJvp((double[] input, double[] tangent) => [1.0]));
        var nan = Checking.Run(Targets.Square([0.5, -1.0]).WithJvp((double[] input, double[] tangent) => [double.NaN, 1.0]));

        Assert.Contains(shortOne.Findings, finding => finding.Code == DiagnosticCodes.InvalidTarget
            && finding.Message.StartsWith("The JVP closure returned 1 values along tangent t1, but the forward closure returns 2", StringComparison.Ordinal));
        Assert.Contains(nan.Findings, finding => finding.Code == DiagnosticCodes.NonFinite && finding.Message.StartsWith("The analytic product of JVP(t1) holds 1 NaN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_jvp_whose_matrix_is_too_large_to_compare_entry_by_entry_is_compared_along_its_tangents_with_a_message()
    {
        var x = Enumerable.Range(0, 1100).Select(index => Math.Sin(index)).ToArray();
        var target = Targets.Square(x).WithJvp((double[] input, double[] tangent) => input.Select((value, index) => 2 * value * tangent[index]).ToArray());

        var result = Checking.Run(target);

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.DoesNotContain(result.Blocks, block => block.Name == "JVP dY/dx");
        Assert.Equal(Verdict.Passed, result.Block("JVP(t1)").Verdict);
        var note = Assert.Single(result.Findings);
        Assert.Equal(Severity.Message, note.Severity);
        Assert.StartsWith("The JVP was compared along its seeded tangents only, not along every input coordinate: its matrix has 1210000 entries", note.Message);
    }

    [Fact]
    public void The_one_input_overload_refuses_an_operator_of_several_inputs()
    {
        var target = new LayerNormModes<double>().ToTarget();

        var refused = Assert.Throws<InvalidGradCheckTargetException>(() => target.WithJvp((double[] x, double[] t) => t));

        Assert.Contains("the operator has 3 inputs", refused.Message);
    }
}
