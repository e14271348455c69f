using System.Reflection;
using GradGate.Results;

namespace GradGate.Checking.Tests;

/// <summary>Listing checks without running them, and running one listed check: what test frameworks build their test cases on.</summary>
public sealed class ListingTests
{
    [Fact]
    public void Listing_names_every_check_and_family_member_as_their_results_are_named_and_runs_none()
    {
        var listed = GradChecker.List(typeof(Targets));

        Assert.Equal(GradChecker.CheckAll(typeof(Targets)).Select(result => (result.Id, result.Name)), listed.Select(check => (check.Id, check.Name)));
        Assert.Equal([null, null, null, null, 0, 1, null], listed.Select(check => check.FamilyMember));
        Assert.Equal(["right", "one percent off"], listed.Where(check => check.FamilyMember is not null).Select(check => check.Variant));
        Assert.Equal("not yet", Assert.Single(listed, check => check.SkipReason is not null).SkipReason);
    }

    [Fact]
    public void Listing_an_assembly_lists_each_of_its_types_checks()
        => Assert.Equal(
            GradChecker.List(typeof(Targets)).Concat(GradChecker.List(typeof(ListingTargets))).Concat(GradChecker.List(typeof(MemberSettingsTargets))).Select(check => check.Id).Order(),
            GradChecker.List(typeof(Targets).Assembly).Select(check => check.Id).Order());

    [Fact]
    public void A_listed_family_member_runs_alone()
    {
        var listed = GradChecker.List(Method(typeof(Targets), nameof(Targets.Family)));

        var right = GradChecker.Check(listed[0]);
        var wrong = Assert.Throws<GradCheckException>(() => GradChecker.Assert(listed[1]));

        Assert.Equal(("GradGate.Checking.Tests.Targets.Family[right]", Verdict.Passed), (right.Id, right.Verdict));
        Assert.Equal("Targets.Family[one percent off]", Assert.Single(wrong.Results).Name);
        Assert.Contains("error GG0001: Targets.Family[one percent off]: Gradient of x is wrong", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_that_throws_part_way_lists_the_member_it_was_building_whose_run_reports_the_exception()
    {
        var listed = GradChecker.List(Method(typeof(ListingTargets), nameof(ListingTargets.ThrowsAfterOne)));

        Assert.Equal(["ListingTargets.ThrowsAfterOne[first]", "ListingTargets.ThrowsAfterOne[1]"], listed.Select(check => check.Name));
        Assert.Equal(Verdict.Passed, GradChecker.Check(listed[0]).Verdict);
        var thrown = GradChecker.Check(listed[1]);
        Assert.Equal((Verdict.Error, DiagnosticCodes.CheckThrew), (thrown.Verdict, thrown.Findings.Single().Code));
        Assert.Contains("the second member cannot be built", thrown.Findings.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_listed_check_is_reported_skipped_without_building_it()
    {
        var skipped = Assert.Single(GradChecker.List(Method(typeof(Targets), nameof(Targets.Skipped))));

        Assert.Equal(Verdict.Skipped, GradChecker.Assert(skipped).Verdict);
    }

    [Fact]
    public void A_member_the_family_no_longer_yields_fails_saying_the_checks_changed_after_they_were_listed()
    {
        var listed = GradChecker.List(Method(typeof(ListingTargets), nameof(ListingTargets.Resizable)));
        ListingTargets.ResizableCount = 1;
        try
        {
            var gone = GradChecker.Check(listed[2]);

            Assert.Equal(3, listed.Count);
            Assert.Equal(("ListingTargets.Resizable[2]", Verdict.Failed, DiagnosticCodes.InvalidTarget), (gone.Name, gone.Verdict, gone.Findings.Single().Code));
            Assert.Contains("now has 1 member(s), so member 2 is gone: the checks changed after they were listed", gone.Findings.Single().Message, StringComparison.Ordinal);
        }
        finally
        {
            ListingTargets.ResizableCount = 3;
        }
    }

    [Fact]
    public void A_member_whose_name_changed_fails_naming_what_the_family_yields_now()
    {
        var listed = GradChecker.List(Method(typeof(Targets), nameof(Targets.Family)))[0] with { Id = "GradGate.Checking.Tests.Targets.Family[left]", Name = "Targets.Family[left]" };

        var changed = GradChecker.Check(listed);

        Assert.Equal(("Targets.Family[left]", Verdict.Failed), (changed.Name, changed.Verdict));
        Assert.Contains("it was listed as member 0 of its family, but the method now yields 'Targets.Family[right]' there", changed.Findings.Single().Message, StringComparison.Ordinal);
    }

    private static MethodInfo Method(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
}
