using GradGate.Engine.Tests.Scenarios;
using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>float32 defaults, GG0015, and the noise floor that keeps rounding from being called a bug.</summary>
public sealed class PrecisionTests
{
    private static readonly CheckOverrides Float64Settings = new()
    {
        Epsilon = 1e-6,
        WarningThreshold = 1e-7,
        ErrorThreshold = 1e-5,
        Sources = new Dictionary<string, string> { ["Epsilon"] = "property", ["WarningThreshold"] = "property", ["ErrorThreshold"] = "property" },
    };

    [Fact]
    public void A_correct_float32_network_passes_with_the_float32_defaults()
    {
        var result = Checking.Run(TanhClassifier.Correct().ToTarget());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
        var settings = result.Settings!;
        Assert.Equal(("float32", 1e-2, 1e-4, 1e-3), (settings.DType, settings.Epsilon, settings.WarningThreshold, settings.ErrorThreshold));
        Assert.Equal("default for float32", settings.Sources["Epsilon"]);
        Assert.Equal("default for float32", settings.Sources["ErrorThreshold"]);
    }

    [Fact]
    public void A_correct_float32_operator_passes_with_its_full_Jacobian()
    {
        var result = Checking.Run(Sigmoid.CorrectFloat().WithFullJacobian());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Serious());
    }

    [Fact]
    public void The_same_float32_network_judged_with_float64_settings_fails_and_says_why()
    {
        var result = Checking.Run(TanhClassifier.Correct().ToTarget(), Float64Settings);

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch);
        var explanation = Assert.Single(result.Findings, finding => finding.Code == DiagnosticCodes.PrecisionLimit);
        Assert.Equal(Severity.Warning, explanation.Severity);
        Assert.Contains("the step 1e-06 (property) is below float32's resolution", explanation.Message);
        Assert.Contains("the error threshold 1e-05 (property) is below the 2.42e-05 that a float32 central difference can reach", explanation.Message);
        Assert.EndsWith("Remove these overrides so the float32 defaults apply (step 1e-02, warning 1e-04, error 1e-03), or check the target in double.", explanation.Message);
    }

    [Fact]
    public void A_float32_network_with_a_one_percent_gradient_error_fails_without_excuse()
    {
        var result = Checking.Run(TanhClassifier.WithOnePercentError().ToTarget());

        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "W"), (finding.Code, finding.Block));
        Assert.InRange(result.Block("W").RelativeError!.Value, 4e-3, 6e-3);
    }

    [Fact]
    public void A_block_whose_true_gradient_is_about_zero_passes_within_the_noise_floor_and_says_so()
    {
        var target = LargeLossWithTinyBlock(tinyGradient: 1e-12);

        var result = Checking.Run(target);

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.True(result.Block("tiny").RelativeError > result.Settings!.ErrorThreshold);
        Assert.Equal(Verdict.Passed, result.Block("tiny").Verdict);
        var note = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.PrecisionLimit, Severity.Message, "tiny"), (note.Code, note.Severity, note.Block));
        Assert.StartsWith("Gradient of tiny passes within the noise floor", note.Message);
    }

    [Fact]
    public void The_noise_floor_does_not_excuse_a_real_error_in_a_small_block()
    {
        var result = Checking.Run(LargeLossWithTinyBlock(tinyGradient: 1e-3));

        Assert.Equal(Verdict.Failed, result.Block("tiny").Verdict);
        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(result.Findings).Code);
    }

    /// <summary>
    /// A loss of about 1e3 from <c>large</c>, plus <c>1e-12 * sum(tiny)</c>: the true gradient of <c>tiny</c> is 1e-12,
    /// far below the rounding noise of the loss at a step of 1e-6 (about 1e-7).
    /// </summary>
    private static LossTarget<double> LargeLossWithTinyBlock(double tinyGradient)
    {
        double[] large = [10.0, -20.0, 15.0], tiny = [0.3, 0.6];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "large", large }, { "tiny", tiny } },
            () => large.Sum(v => v * v) + (1e-12 * tiny.Sum()),
            () => new Dictionary<string, double[]> { ["large"] = Array.ConvertAll(large, v => 2 * v), ["tiny"] = [tinyGradient, tinyGradient] });
    }
}
