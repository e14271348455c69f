namespace GradGate.Cli.Tests;

/// <summary>What the command line accepts and refuses, and the exit code of each refusal: 2, never System.CommandLine's own 1.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.dll", "--no-such-option")]
    [InlineData("check", "a.dll", "--mode", "thorough")]
    [InlineData("check", "a.dll", "--error-threshold", "tiny")]
    [InlineData("check", "a.dll", "--max-parallel-checks", "two")]
    [InlineData("verify", "a.dll")]
    [InlineData]
    public void A_command_line_that_does_not_parse_exits_2_with_a_message_and_runs_nothing(params string[] arguments)
    {
        var run = ToolRun.Of(arguments);

        Assert.Equal(ExitCodes.CouldNotRun, run.ExitCode);
        Assert.StartsWith("error GG0012: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet gradgate check --help", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Help_lists_every_option_and_exits_0()
    {
        var run = ToolRun.Of("check", "--help");

        Assert.Equal(ExitCodes.Passed, run.ExitCode);
        foreach (var option in new[]
        {
            "--filter", "--mode", "--error-threshold", "--warning-threshold", "--epsilon", "--timeout", "--report-directory", "--report-formats",
            "--baseline", "--max-parallel-checks", "--memory-limit", "--configuration", "--framework", "--build", "--verbosity",
        })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_reach_the_check_with_their_values()
    {
        CheckOptions? seen = null;
        var commandLine = new CommandLine(options =>
        {
            seen = options;
            return 0;
        });

        var parsed = commandLine.Parse(
        [
            "check", "Checks.csproj", "--filter", "*Sigmoid*", "--mode", "fast", "--error-threshold", "1e-4", "--timeout", "5", "-c", "Release",
            "-f", "net10.0", "--report-formats", "", "--memory-limit", "0", "--build",
        ]);
        Assert.Equal(0, parsed.Invoke());

        Assert.NotNull(seen);
        Assert.Equal("Checks.csproj", seen.Input);
        Assert.True(seen.IsProject);
        Assert.Equal("*Sigmoid*", seen.Filter);
        Assert.Equal("fast", seen.Mode);
        Assert.Equal("1e-4", seen.ErrorThreshold);
        Assert.Null(seen.WarningThreshold);
        Assert.Equal("5", seen.TimeoutSeconds);
        Assert.Equal("Release", seen.Configuration);
        Assert.Equal("net10.0", seen.Framework);
        Assert.Equal("", seen.ReportFormats);
        Assert.Equal("0", seen.MemoryLimitMegabytes);
        Assert.True(seen.Build);
    }

    [Fact]
    public void Unset_options_leave_the_defaults_to_the_project_or_the_gate()
    {
        CheckOptions? seen = null;
        var commandLine = new CommandLine(options =>
        {
            seen = options;
            return 0;
        });

        commandLine.Parse(["check", "bin/Checks.dll"]).Invoke();

        Assert.NotNull(seen);
        Assert.False(seen.IsProject);
        Assert.Null(seen.ReportFormats);
        Assert.Null(seen.ErrorThreshold);
        Assert.Null(seen.MaxParallelChecks);
        Assert.Equal("Debug", seen.Configuration);
        Assert.False(seen.Build);
    }
}
