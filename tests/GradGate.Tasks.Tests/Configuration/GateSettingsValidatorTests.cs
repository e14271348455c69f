using GradGate.Gate.Configuration;

namespace GradGate.Tasks.Tests.Configuration;

public sealed class GateSettingsValidatorTests
{
    [Fact]
    public void Unset_properties_leave_thresholds_to_the_element_type_and_the_timeout_at_60_seconds()
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings(null, "", "  ", null, null, null), problems);

        Assert.Empty(problems);
        Assert.NotNull(settings);
        Assert.Null(settings.ErrorThreshold);
        Assert.Null(settings.WarningThreshold);
        Assert.Null(settings.Epsilon);
        Assert.Equal(60, settings.TimeoutSeconds);
        Assert.True(settings.Filter.SelectsEverything);
    }

    [Fact]
    public void Valid_values_are_read_in_the_invariant_culture_whatever_the_current_one()
    {
        var problems = new List<ConfigurationProblem>();
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var settings = GateSettingsValidator.Validate(new RawGateSettings("1e-4", "2.5e-8", "0.001", " 12.5 ", "*Sigmoid*", null), problems);

            Assert.Empty(problems);
            Assert.Equal(1e-4, settings!.ErrorThreshold);
            Assert.Equal(2.5e-8, settings.WarningThreshold);
            Assert.Equal(0.001, settings.Epsilon);
            Assert.Equal(12.5, settings.TimeoutSeconds);
            Assert.Equal("*Sigmoid*", settings.Filter.Text);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("abc", null, null, null, "GradGateErrorThreshold")]
    [InlineData("-1e-5", null, null, null, "GradGateErrorThreshold")]
    [InlineData("0", null, null, null, "GradGateErrorThreshold")]
    [InlineData("Infinity", null, null, null, "GradGateErrorThreshold")]
    [InlineData("NaN", null, null, null, "GradGateErrorThreshold")]
    [InlineData(null, "1e-7x", null, null, "GradGateWarningThreshold")]
    [InlineData(null, "-1e-7", null, null, "GradGateWarningThreshold")]
    [InlineData(null, null, "0", null, "GradGateEpsilon")]
    [InlineData(null, null, "-1e-6", null, "GradGateEpsilon")]
    [InlineData(null, null, "1,5", null, "GradGateEpsilon")]
    [InlineData(null, null, null, "0", "GradGateTimeout")]
    [InlineData(null, null, null, "-3", "GradGateTimeout")]
    [InlineData(null, null, null, "soon", "GradGateTimeout")]
    [InlineData(null, null, null, "1e9", "GradGateTimeout")]
    [InlineData("1e-5", "1e-3", null, null, "GradGateWarningThreshold")]
    public void A_bad_value_is_one_problem_naming_the_property_and_the_value(
        string? errorThreshold, string? warningThreshold, string? epsilon, string? timeout, string property)
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings(errorThreshold, warningThreshold, epsilon, timeout, null, null), problems);

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal(property, problem.Property);
        Assert.StartsWith(property, problem.Message, StringComparison.Ordinal);
        Assert.Contains(problem.Value, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_value_is_reported_not_just_the_first()
    {
        var problems = new List<ConfigurationProblem>();

        GateSettingsValidator.Validate(new RawGateSettings("x", "y", "z", "w", null, null), problems);

        Assert.Equal(
            ["GradGateErrorThreshold", "GradGateWarningThreshold", "GradGateEpsilon", "GradGateTimeout"],
            problems.Select(problem => problem.Property));
    }

    [Fact]
    public void A_warning_threshold_equal_to_the_error_threshold_is_accepted_and_leaves_no_warning_band()
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings("1e-6", "1e-6", null, null, null, null), problems);

        Assert.Empty(problems);
        Assert.Equal(settings!.ErrorThreshold, settings.WarningThreshold);
    }

    [Fact]
    public void A_warning_threshold_above_the_error_threshold_names_both_and_says_what_is_accepted()
    {
        var problems = new List<ConfigurationProblem>();

        GateSettingsValidator.Validate(new RawGateSettings("1e-5", "0.001", null, null, null, null), problems);

        var message = Assert.Single(problems).Message;
        Assert.Contains("GradGateWarningThreshold ('0.001')", message, StringComparison.Ordinal);
        Assert.Contains("GradGateErrorThreshold ('1e-5')", message, StringComparison.Ordinal);
        Assert.Contains("at or below", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validated_settings_become_the_runner_defaults()
    {
        var settings = GateSettingsValidator.Validate(new RawGateSettings("1e-4", null, "1e-3", "5", null, null), new List<ConfigurationProblem>())!;

        var defaults = settings.ToRunDefaults();

        Assert.Equal(1e-4, defaults.ErrorThreshold);
        Assert.Null(defaults.WarningThreshold);
        Assert.Equal(1e-3, defaults.Epsilon);
        Assert.Equal(5, defaults.TimeoutSeconds);
    }

    [Theory]
    [InlineData("full", "full")]
    [InlineData(" Fast ", "fast")]
    [InlineData("SAMPLED", "sampled")]
    public void A_mode_is_accepted_in_any_case_and_reaches_the_runner_as_the_engine_spells_it(string raw, string expected)
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings(null, null, null, null, null, raw), problems);

        Assert.Empty(problems);
        Assert.Equal(expected, settings!.ToRunDefaults().Mode);
    }

    [Fact]
    public void An_unset_mode_lets_each_check_choose()
    {
        var settings = GateSettingsValidator.Validate(new RawGateSettings(null, null, null, null, null, " "), new List<ConfigurationProblem>());

        Assert.Null(settings!.ToRunDefaults().Mode);
    }

    [Fact]
    public void An_unknown_mode_is_a_problem_that_names_the_property_and_lists_the_modes()
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings(null, null, null, null, null, "quick"), problems);

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal("GradGateMode", problem.Property);
        Assert.Contains("'quick'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("full, fast, sampled", problem.Message, StringComparison.Ordinal);
    }
}
