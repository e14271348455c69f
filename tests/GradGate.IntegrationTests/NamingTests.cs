using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>Names that dashboards would merge are rejected, and a family that throws part-way keeps what it yielded.</summary>
[Collection(PackageCollection.Name)]
public sealed class NamingTests(PackageFixture package)
{
    [Fact]
    public void Checks_that_share_a_name_fail_naming_each_other_and_a_family_that_throws_keeps_its_checked_members()
    {
        var project = TestProject.Create(package, "Naming").WriteFile("NamingChecks.cs", ReliabilitySources.NamingFaults);

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        var rejected = build.WithCode("GG0014").ToList();
        Assert.Equal(4, rejected.Count);
        Assert.Contains(rejected, error => error.Line == project.LineOf("NamingChecks.cs", " First()") && error.Message.Contains("'Same' (UserChecks.NamingChecks.Second) at "));
        Assert.Contains(rejected, error => error.Line == project.LineOf("NamingChecks.cs", " Second()") && error.Message.Contains("'Same' (UserChecks.NamingChecks.First) at "));
        Assert.Contains(rejected, error => error.Line == project.LineOf("NamingChecks.cs", " Alias()") && error.Message.Contains("(UserChecks.NamingChecks.Distinct)"));
        var threw = Assert.Single(build.WithCode("GG0009"));
        Assert.Contains("building member 2 of the family its [GradCheck] method returns after 2 checked member(s) threw", threw.Message);
        using var report = project.ReadJsonReport();
        var family = report.RootElement.GetProperty("checks").EnumerateArray().Where(check => check.GetProperty("methodName").GetString() == "ThreeSizes");
        Assert.Equal(
            [("UserChecks.NamingChecks.ThreeSizes[one]", "passed"), ("UserChecks.NamingChecks.ThreeSizes[two]", "passed"), ("UserChecks.NamingChecks.ThreeSizes[2]", "error")],
            family.Select(check => (check.GetProperty("id").GetString(), check.GetProperty("verdict").GetString())));
    }
}
