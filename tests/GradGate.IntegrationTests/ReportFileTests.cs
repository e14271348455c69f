using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>The report folder holds the reports of this build and nothing an earlier build left.</summary>
[Collection(PackageCollection.Name)]
public sealed class ReportFileTests(PackageFixture package)
{
    [Fact]
    public void A_report_format_dropped_after_a_failing_build_leaves_no_stale_file_that_still_says_failed()
    {
        var project = TestProject.Create(package, "DroppedFormat").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        Assert.False(project.Build().Succeeded);
        Assert.Contains("failed", File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.md")));

        var fixedBuild = project.Build("-p:GradGateFilter=*Alpha*", "-p:GradGateReportFormats=json%3Bjunit");

        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.Equal(["gradgate.json", "gradgate.junit.xml"], Directory.GetFiles(project.ReportDirectory()).Select(Path.GetFileName).Order());
    }
}
