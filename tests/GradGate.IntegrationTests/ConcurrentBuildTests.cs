using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// Builds of one project at the same time (two terminals, an IDE beside the command line, a test run beside a build):
/// they take turns running and reporting the checks, and none blames a check for another's doing.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConcurrentBuildTests(PackageFixture package)
{
    [Fact]
    public void Three_builds_of_one_project_started_together_all_give_the_true_verdict_and_leave_whole_reports()
    {
        var project = TestProject.Create(package, "Concurrent").WriteFile("ReliabilityChecks.cs", ReliabilitySources.SlowAndWrong);
        Assert.Single(project.Build().WithCode("GG0001"));

        // A setting every build changes alike, so each finds the stored results out of date and wants to run the checks.
        var started = DateTime.UtcNow;
        var running = Enumerable.Range(0, 3).Select(_ => project.StartBuild(keepInputOpen: false, "--no-restore", "-p:GradGateTimeout=45")).ToList();
        var builds = running.Select(build => build.WaitForExit()).ToList();
        running.ForEach(build => build.Dispose());

        foreach (var build in builds)
        {
            Assert.False(build.Succeeded, build.ToString());
            var error = Assert.Single(build.Errors);
            Assert.True(error.Code == "GG0001" && error.Message.Contains("ReliabilityChecks.Wrong", StringComparison.Ordinal), build.ToString());
            Assert.StartsWith("GradGate: 2 checks, 1 passed, 1 failed", build.Summary);
        }

        ReportValidation.AssertReportsUnderMatchTheirSchemas(project.Directory, started);
        using var report = project.ReadJsonReport();
        Assert.Equal(45, report.RootElement.GetProperty("settings").GetProperty("timeoutSeconds").GetDouble());
        Assert.Equal(["passed", "failed"], report.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("verdict").GetString()));
        var suite = XDocument.Load(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")).Root!.Element("testsuite")!;
        Assert.Equal(("2", "1"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!));
    }
}
