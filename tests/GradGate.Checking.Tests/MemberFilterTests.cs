using GradGate.Results;

namespace GradGate.Checking.Tests;

/// <summary>The runner's side of GradGateFilter's member patterns: only the members they name are checked and reported.</summary>
public sealed class MemberFilterTests
{
    private static List<CheckResult> Run(params string[] members)
    {
        var results = new List<CheckResult>();
        var request = CheckRequests.For(typeof(MemberSettingsTargets), nameof(MemberSettingsTargets.Members));
        request.Members = [.. members];
        new CheckProcedure(typeof(MemberSettingsTargets).Assembly, new RunDefaults(), results.Add, CheckOverridesMerger.FromProperty).Run(request);
        return results;
    }

    [Theory]
    [InlineData("GradGate.Checking.Tests.MemberSettingsTargets.Members[relaxed]")]
    [InlineData("MemberSettingsTargets.Members[RELAXED]")]
    [InlineData("*Members[rel*]")]
    public void Only_the_member_a_pattern_names_by_id_or_display_name_is_checked(string pattern)
    {
        var result = Assert.Single(Run(pattern));

        Assert.Equal(("GradGate.Checking.Tests.MemberSettingsTargets.Members[relaxed]", Verdict.Passed), (result.Id, result.Verdict));
    }

    [Fact]
    public void Several_patterns_check_each_member_they_name_once_in_family_order()
        => Assert.Equal(["relaxed", "fast"], Run("*[fast]", "*[relaxed]", "*[f*]").Select(result => result.Variant));

    [Fact]
    public void A_pattern_that_names_no_member_checks_nothing()
        => Assert.Empty(Run("*Members[no such member]"));
}
