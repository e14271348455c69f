using System.Reflection;
using GradGate.Results;

namespace GradGate.Checking.Tests;

/// <summary>The in-process API: a verdict now, with the gate's figures, names, settings and messages.</summary>
public sealed class GradCheckerTests
{
    [Fact]
    public void A_correct_target_passes_under_the_calling_methods_name_with_the_element_types_defaults()
    {
        var result = GradChecker.Check(Targets.Cubic());

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal(nameof(A_correct_target_passes_under_the_calling_methods_name_with_the_element_types_defaults), result.Name);
        Assert.InRange(result.RelativeError!.Value, 0, 1e-7);
        Assert.Equal(("float64", 1e-5, "default for float64"), (result.Settings!.DType, result.Settings.ErrorThreshold, result.Settings.Sources["ErrorThreshold"]));
        Assert.Equal(3, result.Blocks.Single().CoordinatesChecked);
    }

    [Fact]
    public void Assert_throws_with_the_build_logs_error_text_when_a_backward_pass_is_wrong()
    {
        var thrown = Assert.Throws<GradCheckException>(() => GradChecker.Assert(Targets.Cubic(gradientFactor: 2.0), name: "Cubic"));

        var lines = thrown.Message.Split(Environment.NewLine);
        Assert.Equal("Cubic failed its gradient check (failed):", lines[0]);
        Assert.StartsWith("error GG0001: Cubic: Gradient of x is wrong: relative error 3.33e-01 exceeds the error threshold 1e-05.", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        var result = Assert.Single(thrown.Results);
        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal(DiagnosticCodes.GradientMismatch, result.Findings[0].Code);
    }

    [Fact]
    public void Options_stand_in_for_the_builds_properties_and_the_result_says_they_set_the_value()
    {
        var options = new GradCheckOptions { ErrorThreshold = 0.9, WarningThreshold = 0.5, Mode = GradCheckMode.Sampled };

        var result = GradChecker.Assert(Targets.Cubic(gradientFactor: 1.2), options);

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal((0.9, "options"), (result.Settings!.ErrorThreshold, result.Settings.Sources["ErrorThreshold"]));
        Assert.Equal(("sampled", "options"), (result.Settings.Mode, result.Settings.Sources["Mode"]));
    }

    [Fact]
    public void A_GradCheck_method_is_named_and_judged_as_the_gate_names_and_judges_it_its_attribute_included()
    {
        var doubled = Assert.Single(GradChecker.Check(Method(nameof(Targets.DoubledCubic))));
        var relaxed = Assert.Single(GradChecker.Check(Method(nameof(Targets.DoubledCubicWithRelaxedThresholds)), new GradCheckOptions { ErrorThreshold = 1e-9 }));

        Assert.Equal(("GradGate.Checking.Tests.Targets.DoubledCubic", "Doubled cubic", "GradGate.Checking.Tests.Targets", "DoubledCubic"), (doubled.Id, doubled.Name, doubled.ClassName, doubled.MethodName));
        Assert.Equal(Verdict.Failed, doubled.Verdict);
        Assert.Equal(Verdict.Warning, relaxed.Verdict);
        Assert.Equal((0.9, "attribute", 3), (relaxed.Settings!.ErrorThreshold, relaxed.Settings.Sources["ErrorThreshold"], relaxed.Settings.Seed));
    }

    [Fact]
    public void Every_GradCheck_method_of_a_type_in_declaration_order_members_of_a_family_each_and_skipped_ones_reported()
    {
        var results = GradChecker.CheckAll(typeof(Targets));

        Assert.Equal(
            [
                ("Targets.CorrectCubic", Verdict.Passed),
                ("Doubled cubic", Verdict.Failed),
                ("Targets.DoubledCubicWithRelaxedThresholds", Verdict.Warning),
                ("Targets.Skipped", Verdict.Skipped),
                ("Targets.Family[right]", Verdict.Passed),
                ("Targets.Family[one percent off]", Verdict.Failed),
                ("Targets.NotPublic", Verdict.Failed),
            ],
            results.Select(result => (result.Name, result.Verdict)));
        Assert.Equal(DiagnosticCodes.InvalidTarget, results[^1].Findings.Single().Code);
        Assert.Contains("is not public", results[^1].Findings.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_an_assembly_finds_the_same_methods_as_checking_its_types()
        => Assert.Equal(
            GradChecker.CheckAll(typeof(Targets)).Select(result => result.Id),
            GradChecker.CheckAll(typeof(Targets).Assembly).Select(result => result.Id).Where(id => id.StartsWith(typeof(Targets).FullName + ".", StringComparison.Ordinal)));

    [Fact]
    public void Asserting_a_family_throws_when_one_member_fails_and_keeps_every_members_result()
    {
        var thrown = Assert.Throws<GradCheckException>(() => GradChecker.Assert(Method(nameof(Targets.Family))));

        Assert.Equal(2, thrown.Results.Count);
        Assert.StartsWith("Targets.Family[one percent off] failed its gradient check (failed):", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("error GG0001: Targets.Family[one percent off]: Gradient of x is wrong", thrown.Message, StringComparison.Ordinal);
    }

    private static MethodInfo Method(string name)
        => typeof(Targets).GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
}
