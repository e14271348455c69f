using System.Reflection;
using GradGate.Results;
using Xunit.Sdk;
using Xunit.v3;

namespace GradGate.Xunit.Tests;

/// <summary>The rows [GradCheckData] gives a theory: one per check and family member, named, traited, skipped and serializable.</summary>
public sealed class GradCheckDataAttributeTests
{
    [Fact]
    public async Task Each_check_and_each_family_member_is_a_row_named_as_the_gate_names_it_with_its_id_as_a_trait()
    {
        var rows = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)));

        Assert.Equal(
            ["FixtureChecks.Cubic", "Doubled cubic", "FixtureChecks.Scaled[unit]", "FixtureChecks.Scaled[one and a half]", "FixtureChecks.Scaled[2]", "FixtureChecks.Pending"],
            rows.Select(row => row.TestDisplayName));
        Assert.All(rows, row => Assert.Equal("", row.Label));
        Assert.Equal(
            GradChecker.List(typeof(FixtureChecks)).Select(check => check.Id),
            rows.Select(row => Assert.Single(row.Traits![GradCheckCase.TraitName])));
        Assert.Equal("GradGate.Xunit.Tests.FixtureChecks.Scaled[one and a half]", Assert.Single(rows[3].Traits![GradCheckCase.TraitName]));
    }

    [Fact]
    public async Task A_check_whose_attribute_says_Skip_is_a_skipped_row_with_the_reason_and_the_others_are_not()
    {
        var rows = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)));

        Assert.Equal([null, null, null, null, null, "waiting for the new layer"], rows.Select(row => row.Skip));
    }

    [Fact]
    public async Task A_case_survives_xunits_serialization_and_still_runs_its_check()
    {
        var rows = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)));
        var original = Case(rows[3]);

        var serialized = SerializationHelper.Instance.Serialize(original);
        var copy = SerializationHelper.Instance.Deserialize<GradCheckCase>(serialized)!;

        Assert.True(SerializationHelper.Instance.IsSerializable(original));
        Assert.Equal((original.Id, original.Name, original.SkipReason), (copy.Id, copy.Name, copy.SkipReason));
        Assert.Equal(("FixtureChecks.Scaled[one and a half]", Verdict.Failed), (copy.Check().Name, copy.Check().Verdict));
        Assert.Equal(("FixtureChecks.Scaled[2]", Verdict.Passed), (Copy(rows[4]).Check().Name, Copy(rows[4]).Check().Verdict));
    }

    [Fact]
    public async Task A_failing_case_throws_the_builds_error_text_and_a_passing_one_returns_its_result()
    {
        var rows = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)));

        var passed = Case(rows[0]).Assert();
        var thrown = Assert.Throws<GradCheckException>(() => Case(rows[1]).Assert());

        Assert.Equal(Verdict.Passed, passed.Verdict);
        var lines = thrown.Message.Split(Environment.NewLine);
        Assert.Equal("Doubled cubic failed its gradient check (failed):", lines[0]);
        Assert.StartsWith("error GG0001: Doubled cubic: Gradient of x is wrong: relative error 3.33e-01 exceeds the error threshold 1e-05.", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_assembly_gives_every_types_checks()
    {
        var ofType = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)));
        var ofAssembly = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)) { WholeAssembly = true });

        Assert.Equal(ofType.Select(row => row.TestDisplayName), ofAssembly.Select(row => row.TestDisplayName));
    }

    [Fact]
    public async Task Settings_on_the_data_attribute_reach_every_row_and_a_checks_own_Skip_wins()
    {
        var rows = await RowsOf(new GradCheckDataAttribute(typeof(FixtureChecks)) { Skip = "gradients off today", Traits = ["Category", "Gradients"] });

        Assert.Equal("gradients off today", rows[0].Skip);
        Assert.Equal("waiting for the new layer", rows[^1].Skip);
        Assert.All(rows, row => Assert.Equal(["Gradients"], row.Traits!["Category"]));
    }

    [Fact]
    public async Task A_type_without_checks_and_a_theory_of_the_wrong_shape_are_refused_saying_what_to_write()
    {
        var noChecks = await Assert.ThrowsAsync<InvalidOperationException>(async () => await RowsOf(new GradCheckDataAttribute(typeof(string))));
        var wrongShape = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await new GradCheckDataAttribute(typeof(FixtureChecks)).GetData(typeof(Theories).GetMethod(nameof(Theories.TakesAString))!, new DisposalTracker()));

        Assert.Contains("found no [GradCheck] method in the type System.String", noChecks.Message, StringComparison.Ordinal);
        Assert.Contains("Declare it as 'public void TakesAString(GradCheckCase check) => check.Assert();'", wrongShape.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discovery_may_enumerate_the_rows() => Assert.True(new GradCheckDataAttribute(typeof(FixtureChecks)).SupportsDiscoveryEnumeration());

    private static async Task<IReadOnlyList<ITheoryDataRow>> RowsOf(GradCheckDataAttribute attribute)
        => (await attribute.GetData(typeof(Theories).GetMethod(nameof(Theories.Gradient))!, new DisposalTracker())).ToList();

    private static GradCheckCase Case(ITheoryDataRow row) => Assert.IsType<GradCheckCase>(Assert.Single(row.GetData()));

    private static GradCheckCase Copy(ITheoryDataRow row) => SerializationHelper.Instance.Deserialize<GradCheckCase>(SerializationHelper.Instance.Serialize(Case(row)))!;

    /// <summary>Theories the attribute is asked for data for.</summary>
    private static class Theories
    {
        public static void Gradient(GradCheckCase check) => check.Assert();

        public static void TakesAString(string text) => _ = text;
    }
}
