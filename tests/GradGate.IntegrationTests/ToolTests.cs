using System.Text.RegularExpressions;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// <c>dotnet gradgate</c> installed from the feed and run on copies of the two samples built through the feed: the exit
/// codes docs/cli.md documents, the gate's messages, and the gate's reports.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ToolTests(PackageFixture package)
{
    [Fact]
    public void The_correct_sample_passes_with_exit_0_and_the_same_reports_as_the_gate()
    {
        var project = TestProject.CreateWithPackages(package, "TwoLayerNet", "", ("System.Numerics.Tensors", "10.0.0")).CopySourcesOf("TwoLayerNet");
        Assert.True(project.Build().Succeeded);
        var reports = Path.Combine(project.Directory, "cli-reports");
        var started = DateTime.UtcNow;

        var run = InstalledTool.For(package).Run(project.Directory, "check", project.ProjectPath, "--report-directory", reports);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(8, run.Lines.Count(line => ProgressLine().IsMatch(line)));
        Assert.Contains("GradGate: 8 checks, 8 passed in ", run.Lines[^1], StringComparison.Ordinal);
        ReportValidation.AssertReportsUnderMatchTheirSchemas(reports, started);
        foreach (var report in new[] { "gradgate.json", "gradgate.junit.xml", "gradgate.md" })
        {
            Assert.Equal(
                WithoutTimes(File.ReadAllText(Path.Combine(project.ReportDirectory(), report))),
                WithoutTimes(File.ReadAllText(Path.Combine(reports, report))));
        }
    }

    [Fact]
    public void The_bug_hunt_fails_with_exit_1_naming_W1_and_the_sigmoid_from_the_project_and_from_the_assembly()
    {
        var project = TestProject.CreateWithPackages(package, "BugHunt", "", ("System.Numerics.Tensors", "10.0.0")).CopySourcesOf("BugHunt");
        Assert.False(project.Build().Succeeded);
        var networkLine = project.LineOf("Checks.cs", "public static GradCheckTarget TwoLayerNetToyProblem()") + 1;
        var sigmoidLine = project.LineOf("Checks.cs", "public static GradCheckTarget SigmoidOperator()") + 1;
        var tool = InstalledTool.For(package);

        foreach (var input in new[] { project.ProjectPath, Path.Combine(project.OutputDirectory(), "BugHunt.dll") })
        {
            var run = tool.Run(project.Directory, "check", input, "--report-formats", "");

            Assert.True(run.ExitCode == 1, run.Output);
            var errors = BuildDiagnostic.ParseAll(run.Lines).Where(diagnostic => diagnostic.Code == "GG0001").ToList();
            Assert.Contains(errors, error => error.Message.Contains("Gradient of W1 is wrong", StringComparison.Ordinal) && error.Line == networkLine);
            Assert.Contains(errors, error => error.Message.StartsWith("Checks.SigmoidOperator: ", StringComparison.Ordinal) && error.Line == sigmoidLine);
            Assert.All(errors, error => Assert.Equal(Path.Combine(project.Directory, "Checks.cs"), error.File));
            Assert.StartsWith("GradGate: 2 checks, 0 passed, 2 failed", run.Lines[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_assembly_exits_2_with_GG0018()
    {
        var missing = Path.Combine(package.WorkRoot, "no-such-project", "bin", "Checks.dll");

        var run = InstalledTool.For(package).Run(package.WorkRoot, "check", missing);

        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Contains($"{missing} : error GG0018: ", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A report with its clock readings (when the run started, how long each part took) blanked out.</summary>
    private static string WithoutTimes(string report)
        => SecondsInText().Replace(TimesInReports().Replace(report, match => match.Groups["name"].Value + "#"), "# s");

    [GeneratedRegex("""(?<name>"startedAtUtc": |"durationSeconds": |timestamp=|time=)("[^"]*"|[0-9.eE+-]+)""")]
    private static partial Regex TimesInReports();

    [GeneratedRegex(@"\b[0-9]+(\.[0-9]+)? s\b")]
    private static partial Regex SecondsInText();

    [GeneratedRegex(@"^GradGate: \[\d+\] passed ")]
    private static partial Regex ProgressLine();
}
