using System.Text.Json;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// The settings stamp decides whether the checks run again: every setting reaches it verbatim, a change runs them again,
/// and a build that does not check (the gate switched off) leaves the stored results for the next one.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SettingsStampTests(PackageFixture package)
{
    /// <remarks>
    /// Each of <c>* ? ; % @ $</c> means something to MSBuild: in an item Include a filter of <c>*Alpha*</c> was a file glob that
    /// matched nothing, the stamp lost it, and the next filter reported the first filter's results.
    /// </remarks>
    [Fact]
    public void A_filter_reaches_the_stamp_verbatim_whatever_it_holds_so_changing_it_runs_the_checks_again()
    {
        var project = TestProject.Create(package, "Stamped").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);

        var alpha = project.Build("-p:GradGateFilter=*Alpha*%3B?eta%25@x$y");
        var beta = project.Build("-p:GradGateFilter=*Beta*");
        var alphaAgain = project.Build("-p:GradGateFilter=*Alpha*%3B?eta%25@x$y");

        Assert.True(alpha.Succeeded, alpha.ToString());
        Assert.False(beta.Succeeded, beta.ToString());
        Assert.Contains("GreekChecks.BetaWrong", Assert.Single(beta.WithCode("GG0001")).Message);
        Assert.True(alphaAgain.Succeeded, alphaAgain.ToString());
        using var report = project.ReadJsonReport();
        Assert.Equal("*Alpha*;?eta%@x$y", report.RootElement.GetProperty("filter").GetString());
        Assert.Equal(["AlphaSquare"], MethodNames(report));
    }

    [Fact]
    public void Switching_the_gate_off_and_on_again_does_not_run_the_checks_again()
    {
        var project = TestProject.Create(package, "Toggled").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        var results = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "gradgate", "results.json");
        Assert.False(project.Build().Succeeded);
        Assert.False(project.Build().Succeeded); // from the second build on, MSBuild lists the stored results among the build's files
        var checkedAt = File.GetLastWriteTimeUtc(results);

        var off = project.Build("-p:GradGateEnabled=false");

        Assert.True(off.Succeeded, off.ToString());

        var on = project.Build();

        Assert.False(on.Succeeded, on.ToString());
        Assert.Single(on.WithCode("GG0001"));
        Assert.Equal(checkedAt, File.GetLastWriteTimeUtc(results));
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.json")));
    }

    /// <remarks>
    /// A report folder outside the output folders, as CI setups choose (artifacts/gradgate): MSBuild's incremental clean
    /// never touches it, so only the gate's own removal keeps a dashboard from reading a verdict no build reached.
    /// </remarks>
    [Fact]
    public void A_build_with_the_gate_switched_off_leaves_no_report_of_the_build_before_it()
    {
        var project = TestProject.Create(package, "SwitchedOff").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        var reports = Path.Combine(project.Directory, "artifacts", "gradgate");
        Assert.False(project.Build($"-p:GradGateReportDirectory={reports}").Succeeded);
        Assert.True(File.Exists(Path.Combine(reports, "gradgate.md")));

        var off = project.Build($"-p:GradGateReportDirectory={reports}", "-p:GradGateEnabled=false");

        Assert.True(off.Succeeded, off.ToString());
        Assert.Empty(Directory.GetFiles(reports));
    }

    [Fact]
    public void A_filter_that_selects_nothing_fails_the_build_while_a_project_without_checks_only_warns()
    {
        var project = TestProject.Create(package, "Mistyped").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);

        var build = project.Build("-p:GradGateFilter=[");

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal(("GG0012", project.ProjectPath), (error.Code, error.File));
        Assert.StartsWith("GradGateFilter '[' selects none of the 2 [GradCheck] methods of Mistyped", error.Message);
        Assert.Contains("GradGate: 0 checks", build.Summary);
    }

    private static List<string?> MethodNames(JsonDocument report)
        => report.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("methodName").GetString()).ToList();
}
