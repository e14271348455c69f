using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class FamilyTests
{
    [Fact]
    public async Task Named_members_of_a_family_get_a_result_each_under_their_variant()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.Scales");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.Scales"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[small]", $"{checkId}[large]"], results.Select(result => result.Id));
        Assert.Equal(["FamilyChecks.Scales[small]", "FamilyChecks.Scales[large]"], results.Select(result => result.Name));
        Assert.Equal(["small", "large"], results.Select(result => result.Variant));
        Assert.All(results, result => Assert.Equal(Verdict.Passed, result.Verdict));
    }

    [Fact]
    public async Task Unnamed_members_of_a_family_are_told_apart_by_their_index()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.Unnamed");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.Unnamed"));

        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[0]", $"{checkId}[1]"], results.Select(result => result.Id));
        Assert.Equal([2, 3], results.Select(result => result.Blocks.Single().Length));
    }

    [Fact]
    public async Task An_empty_family_is_an_invalid_target_rather_than_no_result()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.Empty");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.Empty"));

        var finding = outcome.SingleFinding(checkId);
        Assert.Equal(DiagnosticCodes.InvalidTarget, finding.Code);
        Assert.Contains("returned an empty family", finding.Message);
    }

    [Fact]
    public async Task A_null_member_is_an_invalid_target_while_the_other_members_are_checked()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.WithNullMember");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.WithNullMember"));

        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[0]", $"{checkId}[1]"], results.Select(result => result.Id));
        Assert.Equal(Verdict.Passed, results[0].Verdict);
        Assert.Equal(DiagnosticCodes.InvalidTarget, Assert.Single(results[1].Findings).Code);
        Assert.Contains("member 1 of the family", results[1].Findings[0].Message);
    }

    [Fact]
    public async Task A_variant_name_used_twice_is_an_invalid_target_for_the_second_member()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.DuplicateVariants");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.DuplicateVariants"));

        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[twice]", $"{checkId}[1]"], results.Select(result => result.Id));
        Assert.Equal(Verdict.Passed, results[0].Verdict);
        Assert.Contains("the variant name 'twice' of member 1 is used by an earlier member", Assert.Single(results[1].Findings).Message);
    }

    [Fact]
    public async Task A_family_that_throws_part_way_keeps_the_members_it_yielded_and_names_the_one_it_was_building()
    {
        var checkId = FixtureChecks.Id("FamilyChecks.ThrowsAfterTwoMembers");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("FamilyChecks.ThrowsAfterTwoMembers"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[first]", $"{checkId}[second]", $"{checkId}[2]"], results.Select(result => result.Id));
        Assert.Equal([Verdict.Passed, Verdict.Passed, Verdict.Error], results.Select(result => result.Verdict));
        var threw = Assert.Single(results[2].Findings);
        Assert.Equal(DiagnosticCodes.CheckThrew, threw.Code);
        Assert.Contains("building member 2 of the family its [GradCheck] method returns after 2 checked member(s) threw", threw.Message);
        Assert.Contains("the third member's data is missing", threw.Message);
    }
}
