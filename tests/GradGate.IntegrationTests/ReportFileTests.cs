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

    [Fact]
    public void The_html_report_is_written_on_a_failing_build_and_removed_when_no_longer_asked_for()
    {
        var project = TestProject.Create(package, "HtmlReport").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);

        var failing = project.Build("-p:GradGateReportFormats=json%3Bhtml");

        Assert.False(failing.Succeeded, failing.ToString());
        Assert.Equal(["gradgate.html", "gradgate.json"], Directory.GetFiles(project.ReportDirectory()).Select(Path.GetFileName).Order());
        var html = File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>GradGate HtmlReport (net10.0): failed</title>", html);
        Assert.Contains("GreekChecks.BetaWrong", html);
        Assert.Contains("<svg class=\"chart chart-errors\"", html);
        Assert.Contains("<svg class=\"chart chart-scatter\"", html);
        Assert.Contains("href=\"#code-GG0001\"", html);

        var later = project.Build("-p:GradGateFilter=*Alpha*", "-p:GradGateReportFormats=json");

        Assert.True(later.Succeeded, later.ToString());
        Assert.Equal(["gradgate.json"], Directory.GetFiles(project.ReportDirectory()).Select(Path.GetFileName).Order());
    }
}
