using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class CheckOutcomeTests
{
    [Fact]
    public async Task A_doubled_gradient_fails_under_the_attribute_name()
    {
        var checkId = FixtureChecks.Id("LossChecks.DoubledGradient");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.DoubledGradient"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var result = outcome.SingleResult(checkId);
        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal("Doubled gradient", result.Name);
        Assert.Equal(checkId, result.Id);
        Assert.Contains(result.Findings, finding => finding.Code == DiagnosticCodes.GradientMismatch && finding.Block == "w");
    }

    [Fact]
    public async Task Attribute_overrides_win_over_build_properties_and_each_records_its_source()
    {
        var defaults = new RunDefaults { ErrorThreshold = 1e-3, WarningThreshold = 1e-4 };

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(defaults, "LossChecks.WithOverrides"));

        var settings = outcome.SingleResult(FixtureChecks.Id("LossChecks.WithOverrides")).Settings!;
        Assert.Equal(0.5, settings.ErrorThreshold);
        Assert.Equal(1e-4, settings.WarningThreshold);
        Assert.Equal(1e-4, settings.Epsilon);
        Assert.Equal(7, settings.Seed);
        Assert.Equal("attribute", settings.Sources[nameof(CheckSettings.ErrorThreshold)]);
        Assert.Equal("property", settings.Sources[nameof(CheckSettings.WarningThreshold)]);
        Assert.Equal("attribute", settings.Sources[nameof(CheckSettings.Epsilon)]);
        Assert.Equal("attribute", settings.Sources[nameof(CheckSettings.Seed)]);
    }

    [Fact]
    public async Task The_builds_mode_reaches_a_check_whose_attribute_sets_none()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(new RunDefaults { Mode = "Fast" }, "LossChecks.DoubledGradient"));

        var result = outcome.SingleResult(FixtureChecks.Id("LossChecks.DoubledGradient"));
        Assert.Equal(("fast", "property"), (result.Settings!.Mode, result.Settings.Sources[nameof(CheckSettings.Mode)]));
        Assert.Equal(Verdict.Failed, result.Verdict);
    }

    [Fact]
    public async Task The_attributes_mode_wins_over_the_builds()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(new RunDefaults { Mode = "fast" }, "LossChecks.SampledMode"));

        var settings = outcome.SingleResult(FixtureChecks.Id("LossChecks.SampledMode")).Settings!;
        Assert.Equal(("sampled", "attribute"), (settings.Mode, settings.Sources[nameof(CheckSettings.Mode)]));
    }

    [Fact]
    public async Task A_check_in_a_nested_type_is_named_after_both_types()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks+Nested.InNestedType"));

        var result = outcome.SingleResult(FixtureChecks.Id("LossChecks+Nested.InNestedType"));
        Assert.Equal("RunnerFixture.Checks.LossChecks.Nested.InNestedType", result.Id);
        Assert.Equal("LossChecks.Nested.InNestedType", result.Name);
        Assert.Equal("RunnerFixture.Checks.LossChecks+Nested", result.ClassName);
        Assert.Equal("InNestedType", result.MethodName);
        Assert.Equal(Verdict.Passed, result.Verdict);
    }

    [Fact]
    public async Task A_skipped_check_is_reported_with_its_reason_without_building_its_target()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.Skipped"));

        var result = outcome.SingleResult(FixtureChecks.Id("LossChecks.Skipped"));
        Assert.Equal(Verdict.Skipped, result.Verdict);
        Assert.Equal("waiting for the new optimiser", result.SkipReason);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.Skipped, finding.Code);
        Assert.Equal(Severity.Message, finding.Severity);
        Assert.Contains("waiting for the new optimiser", finding.Message);
    }

    [Fact]
    public async Task A_method_that_throws_is_reported_with_the_exception_and_where_it_was_thrown()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("BrokenChecks.Throws"));

        var result = outcome.SingleResult(FixtureChecks.Id("BrokenChecks.Throws"));
        Assert.Equal(Verdict.Error, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.CheckThrew, finding.Code);
        Assert.Contains("System.InvalidOperationException: The training data could not be found.", finding.Message);
        Assert.Contains("BrokenChecks.cs:line", finding.Message);
    }

    [Theory]
    [InlineData("BrokenChecks.DuplicateParameterName", "The name 'w' is used twice")]
    [InlineData("BrokenChecks.ReturnsNull", "returned null, which is not a target")]
    [InlineData("BrokenChecks.ReturnsDouble", "returns Double. A [GradCheck] method must be declared 'public static GradCheckTarget ReturnsDouble()'")]
    [InlineData("BrokenChecks.TakesParameter", "takes 1 parameter(s)")]
    [InlineData("BrokenChecks.NotMarked", "is not marked [GradCheck], so GradGate does not call it")]
    [InlineData("BrokenChecks.Missing", "has no method 'Missing'")]
    [InlineData("NoSuchType.Check", "The type 'RunnerFixture.Checks.NoSuchType' is not in RunnerFixture.Checks")]
    public async Task A_wrongly_defined_check_is_an_invalid_target_saying_what_is_wrong(string check, string explanation)
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(check));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var result = outcome.SingleResult(FixtureChecks.Id(check));
        Assert.Equal(Verdict.Failed, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.InvalidTarget, finding.Code);
        Assert.Contains(explanation, finding.Message);
    }
}
