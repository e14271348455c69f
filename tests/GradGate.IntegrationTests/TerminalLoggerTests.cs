using System.Text.RegularExpressions;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// dotnet build in a terminal, where MSBuild's terminal logger hides messages at normal verbosity: the gate's summary
/// line must show all the same, and a failure's errors with their source lines.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class TerminalLoggerTests(PackageFixture package)
{
    [Fact]
    public void A_passing_gate_shows_its_summary_line_in_the_terminal_logger()
    {
        var project = TestProject.Create(package, "TerminalPass").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = BuildInTerminal(project.Directory, project.ProjectPath);

        Assert.Equal(0, build.ExitCode);
        Assert.Contains(Lines(build), line => line == $"GradGate: 2 checks, 2 passed in {Seconds(line)} s - {project.Name} (net10.0)");
    }

    [Fact]
    public void A_failing_gate_shows_its_errors_at_their_source_lines_and_its_summary_in_the_terminal_logger()
    {
        var project = TestProject.Create(package, "TerminalFail")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = BuildInTerminal(project.Directory, project.ProjectPath);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(Lines(build), line => ErrorAtSource().IsMatch(line) && line.Contains("Gradient of W1 is wrong", StringComparison.Ordinal));
        Assert.Contains(Lines(build), line => line.StartsWith("GradGate: 1 check, 0 passed, 1 failed (NetworkChecks.TwoLayerNetGradients: W1 relative error", StringComparison.Ordinal)
            && line.EndsWith($" - {project.Name} (net10.0)", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_project_of_a_solution_shows_a_summary_line_that_names_it()
    {
        var solution = TestSolution.Create(package, "TerminalSolution")
            .AddProject(package, "Alpha", ("CorrectChecks.cs", CheckSources.CorrectChecks))
            .AddProject(package, "Beta", ("CorrectChecks.cs", CheckSources.CorrectChecks.Replace("CorrectChecks", "BetaChecks")));

        var build = BuildInTerminal(solution.Directory, solution.SolutionPath);

        Assert.Equal(0, build.ExitCode);
        var summaries = Lines(build).Where(line => line.StartsWith("GradGate: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.Single(summaries, line => line.EndsWith(" - Alpha (net10.0)", StringComparison.Ordinal));
        Assert.Single(summaries, line => line.EndsWith(" - Beta (net10.0)", StringComparison.Ordinal));
    }

    /// <remarks>
    /// The gate reaches the terminal logger through the marker target that VSTest runs before its tests, and a target runs
    /// once per project instance: were the gate to run it first in a test project, dotnet test's own call would be skipped
    /// and the terminal logger would drop every test result and the test summary (it did).
    /// </remarks>
    [Fact]
    public void Dotnet_test_of_a_test_project_with_the_gate_still_shows_its_test_results_in_the_terminal_logger()
    {
        var project = TestProject.CreateWithPackages(
                package,
                "TerminalTests",
                "<IsTestProject>true</IsTestProject>",
                ("Microsoft.NET.Test.Sdk", "18.0.1"),
                ("xunit", "2.9.3"),
                ("xunit.runner.visualstudio", "3.1.5"))
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks)
            .WriteFile("ArithmeticTests.cs", """
                public sealed class ArithmeticTests
                {
                    [Xunit.Fact] public void Adds() => Xunit.Assert.Equal(4, 2 + 2);
                    [Xunit.Fact] public void Subtracts() => Xunit.Assert.Equal(0, 2 - 2);
                    [Xunit.Fact] public void Multiplies() => Xunit.Assert.Equal(6, 2 * 3);
                }
                """);

        var test = PseudoTerminal.RunDotNet(project.Directory, "test", project.ProjectPath, "-nodeReuse:false", "-tl:on");

        Assert.True(test.ExitCode == 0, test.Output);
        Assert.True(Lines(test).Any(line => line.StartsWith("Test summary: total: 3, failed: 0, succeeded: 3", StringComparison.Ordinal)), test.Output);
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.json")), "the gate ran in the test's build");
    }

    /// <summary><c>-tl:on</c> as well as the terminal: MSBuild would choose the terminal logger there anyway, but not under a CI variable.</summary>
    private static ProcessResult BuildInTerminal(string directory, string path)
        => PseudoTerminal.RunDotNet(directory, "build", path, "-c", "Debug", "-nodeReuse:false", "-tl:on");

    private static IEnumerable<string> Lines(ProcessResult build) => build.Output.Split('\n').Select(line => line.Trim());

    private static string Seconds(string line) => Regex.Match(line, @"in (\d+\.\d) s").Groups[1].Value;

    [GeneratedRegex(@"NetworkChecks\.cs\(\d+,\d+\): error GG0001: ")]
    private static partial Regex ErrorAtSource();
}
