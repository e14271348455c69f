using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Overrides win over element-type defaults, and the result says where each setting came from.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void Float64_defaults_are_the_products_contract()
    {
        var settings = Checking.Run(Targets.SumOfSquares([1.0])).Settings!;

        Assert.Equal(("float64", 1e-6, 1e-7, 1e-5, 0), (settings.DType, settings.Epsilon, settings.WarningThreshold, settings.ErrorThreshold, settings.Seed));
        Assert.Equal("default for float64", settings.Sources["WarningThreshold"]);
        Assert.Equal("default", settings.Sources["Seed"]);
    }

    [Fact]
    public void Overrides_win_and_keep_their_source()
    {
        var overrides = new CheckOverrides
        {
            Epsilon = 1e-4,
            ErrorThreshold = 1e-3,
            Seed = 7,
            Sources = new Dictionary<string, string> { ["Epsilon"] = "attribute", ["ErrorThreshold"] = "property", ["Seed"] = "attribute" },
        };

        var settings = Checking.Run(Targets.SumOfSquares([1.0]), overrides).Settings!;

        Assert.Equal((1e-4, 1e-3, 1e-7, 7), (settings.Epsilon, settings.ErrorThreshold, settings.WarningThreshold, settings.Seed));
        Assert.Equal(("attribute", "property", "default for float64", "attribute"),
            (settings.Sources["Epsilon"], settings.Sources["ErrorThreshold"], settings.Sources["WarningThreshold"], settings.Sources["Seed"]));
    }

    [Fact]
    public void A_warning_threshold_above_the_error_threshold_is_lowered_to_it()
    {
        var settings = Checking.Run(Targets.SumOfSquares([1.0]), new CheckOverrides { ErrorThreshold = 1e-8 }).Settings!;

        Assert.Equal(1e-8, settings.WarningThreshold);
        Assert.Equal("default for float64 (lowered from 1e-07 to the error threshold)", settings.Sources["WarningThreshold"]);
    }

    [Theory]
    [InlineData(0.0, 1e-5)]
    [InlineData(double.NaN, 1e-5)]
    [InlineData(1e-6, -1.0)]
    public void Unusable_settings_are_bad_configuration_and_nothing_is_called(double epsilon, double errorThreshold)
    {
        var result = Checking.Run(Targets.SumOfSquares([1.0]), new CheckOverrides { Epsilon = epsilon, ErrorThreshold = errorThreshold });

        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.BadConfiguration, Assert.Single(result.Findings).Code);
        Assert.Equal(0, result.Evaluations);
    }

    [Fact]
    public void A_loss_check_calls_the_loss_twice_per_coordinate_plus_three_times()
    {
        var result = Checking.Run(Targets.SumOfSquares([1.0, 2.0, 3.0, 4.0]));

        Assert.Equal((2 * 4) + 3, result.Evaluations);
        Assert.Equal("loss", result.Kind);
    }

    [Fact]
    public void An_operator_check_with_its_full_Jacobian_calls_one_backward_per_output_and_two_forwards_per_input_element()
    {
        var result = Checking.Run(Targets.Square([1.0, 2.0, 3.0]).WithFullJacobian());

        // forward twice and backward twice at the point, 2 x 3 forwards for the numeric gradient,
        // then 3 backwards (one per output) and 2 x 3 forwards for the Jacobian.
        Assert.Equal(4 + 6 + 3 + 6, result.Evaluations);
        Assert.Equal("operator", result.Kind);
    }

    [Fact]
    public void The_identity_is_copied_into_the_result()
    {
        var result = GradientChecker.Check(
            Targets.SumOfSquares([1.0]),
            new CheckIdentity("My.Checks.Square[small]", "Square[small]", "My.Checks", "Square", "small"),
            new CheckOverrides());

        Assert.Equal(("My.Checks.Square[small]", "Square[small]", "My.Checks", "Square", "small"), (result.Id, result.Name, result.ClassName, result.MethodName, result.Variant));
    }
}
