using System.Text.Json;

namespace GradGate.Cli.Tests;

/// <summary>The tool on a real assembly with the real runner: the gate's messages, reports and exit codes.</summary>
public sealed class CheckRunTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Passing_checks_exit_0_with_a_progress_line_per_check_and_the_gates_summary_and_reports()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--filter", "TasksFixture.QuadraticChecks*", "--report-directory", _scratch.Path);

        Assert.True(run.ExitCode == ExitCodes.Passed, run.ToString());
        var progress = run.OutputLines.Where(line => line.StartsWith("GradGate: [", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, progress.Count);
        Assert.Contains(progress, line => line.Contains("passed QuadraticChecks.Family[two] (", StringComparison.Ordinal));
        Assert.StartsWith("GradGate: 6 checks, 5 passed, 1 skipped in ", run.OutputLines[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["gradgate.json", "gradgate.junit.xml", "gradgate.md"],
            Directory.GetFiles(_scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var report = JsonDocument.Parse(File.ReadAllText(_scratch.File("gradgate.json")));
        Assert.Equal(6, report.RootElement.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public void The_html_format_writes_the_html_report_of_a_failing_check()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--filter", "*.DoubledGradient", "--report-formats", "html", "--report-directory", _scratch.Path);

        Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
        Assert.Equal(["gradgate.html"], Directory.GetFiles(_scratch.Path).Select(Path.GetFileName));
        var html = File.ReadAllText(_scratch.File("gradgate.html"));
        Assert.Contains("WrongChecks.DoubledGradient", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart chart-scatter\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_check_exits_1_with_its_GG0001_error_at_its_source_line()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--filter", "*.DoubledGradient", "--report-formats", "");

        Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
        var error = Assert.Single(run.OutputLines, line => line.Contains(": error GG", StringComparison.Ordinal));
        Assert.Matches(@"WrongChecks\.cs\(\d+,\d+\): error GG0001: WrongChecks\.DoubledGradient: Gradient of x is wrong", error);
        Assert.StartsWith("GradGate: 1 check, 0 passed, 1 failed", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_assembly_exits_2_with_GG0018_and_what_to_do()
    {
        var missing = _scratch.File("bin/Checks.dll");

        var run = ToolRun.Of("check", missing);

        Assert.Equal(ExitCodes.CouldNotRun, run.ExitCode);
        Assert.StartsWith($"{missing} : error GG0018: The assembly '{missing}' does not exist", run.Output, StringComparison.Ordinal);
        Assert.Contains("pass the project file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_setting_gets_the_gates_GG0012_message_and_exits_2_before_anything_runs()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--error-threshold", "-1", "--report-directory", _scratch.Path);

        Assert.Equal(ExitCodes.CouldNotRun, run.ExitCode);
        Assert.Contains("error GG0012: GradGateErrorThreshold", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GradGate: [", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_scratch.Path));
    }

    [Fact]
    public void The_gates_message_quotes_a_number_as_it_was_typed()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--error-threshold", "1e-9", "--warning-threshold", "1e-8", "--report-formats", "");

        Assert.Equal(ExitCodes.CouldNotRun, run.ExitCode);
        Assert.Contains("error GG0012: GradGateWarningThreshold ('1e-8') is above GradGateErrorThreshold ('1e-9')", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_report_format_exits_2_before_the_checks_run()
    {
        var run = ToolRun.Of("check", ToolRun.FixtureAssembly, "--report-formats", "json;pdf");

        Assert.Equal(ExitCodes.CouldNotRun, run.ExitCode);
        Assert.Contains("error GG0012: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("pdf", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GradGate: [", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_not_built_yet_exits_2_with_GG0018_saying_to_build_it_or_pass_build()
    {
        var project = _scratch.File("Unbuilt/Unbuilt.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

        var run = ToolRun.Of("check", project, "-c", "Release");

        Assert.True(run.ExitCode == ExitCodes.CouldNotRun, run.ToString());
        Assert.Contains($"{project} : error GG0018: The project has not been built for Release net10.0", run.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet build Unbuilt.csproj -c Release), or pass --build.", run.Output, StringComparison.Ordinal);
    }

    /// <remarks>Ctrl-C and SIGTERM cancel this token (Program.Main); TasksFixture's Hangs check would run until its 60 s timeout.</remarks>
    [Fact]
    public void Cancelling_stops_the_runner_reports_nothing_and_exits_130()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        using var output = new StringWriter();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var exitCode = Program.Run(
            ["check", ToolRun.FixtureAssembly, "--filter", "*.Hangs", "--report-directory", _scratch.Path, "-v", "normal"],
            output,
            TextWriter.Null,
            ToolRun.Runner,
            Environment.GetEnvironmentVariable,
            cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Contains("the runner was stopped and no results were stored", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("GradGate: 1 check", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_scratch.Path));
    }

    [Fact]
    public void The_runner_missing_beside_the_tool_is_GG0011_and_exit_2()
    {
        using var output = new StringWriter();
        var exitCode = Program.Run(
            ["check", ToolRun.FixtureAssembly, "--report-formats", ""],
            output,
            TextWriter.Null,
            _scratch.File("runner/GradGate.Runner.dll"),
            Environment.GetEnvironmentVariable,
            CancellationToken.None);

        Assert.Equal(ExitCodes.CouldNotRun, exitCode);
        Assert.Contains("error GG0011: The GradGate runner", output.ToString(), StringComparison.Ordinal);
    }
}
