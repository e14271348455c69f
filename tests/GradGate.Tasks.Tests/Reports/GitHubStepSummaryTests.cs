using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class GitHubStepSummaryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Outside_GitHub_Actions_nothing_is_written(string? variable)
    {
        using var directory = new TemporaryDirectory();

        var appendedTo = GitHubStepSummary.Append(SampleRuns.Create(SampleRuns.Mixed), name => name == GitHubStepSummary.VariableName ? variable : directory.Path);

        Assert.Null(appendedTo);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public void The_markdown_summary_is_appended_after_what_earlier_steps_wrote()
    {
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        File.WriteAllText(summary, "# Build\nearlier step");
        var net8 = SampleRuns.Create(SampleRuns.Mixed);
        net8.TargetFramework = "net8.0";
        var net10 = SampleRuns.Create(SampleRuns.Mixed);

        var appendedTo = GitHubStepSummary.Append(net8, Environment(summary));
        GitHubStepSummary.Append(net10, Environment(summary));

        Assert.Equal(summary, appendedTo);
        var markdown = new MarkdownReport();
        Assert.Equal($"# Build\nearlier step\n{markdown.Render(net8)}\n{markdown.Render(net10)}", File.ReadAllText(summary));
    }

    private static Func<string, string?> Environment(string summaryPath)
        => name => name == GitHubStepSummary.VariableName ? summaryPath : null;
}
