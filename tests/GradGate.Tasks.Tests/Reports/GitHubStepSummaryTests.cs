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
    public void The_compact_markdown_summary_is_appended_after_what_earlier_steps_wrote()
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
        Assert.Equal($"# Build\nearlier step\n{JobSummaryMarkdown.Render(net8)}\n{JobSummaryMarkdown.Render(net10)}", File.ReadAllText(summary));
    }

    /// <remarks>Before, the whole Markdown report went to the job summary: 3,000 failing checks made it about 4 MiB, which GitHub refuses.</remarks>
    [Fact]
    public void A_run_of_thousands_of_failing_checks_appends_at_most_64_KiB()
    {
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var failing = run.Checks.First(check => check.Verdict == GradGate.Results.Verdict.Failed);
        run.Checks = Enumerable.Range(0, 3000).Select(index => GradGate.Results.ResultJson.Deserialize<GradGate.Results.CheckResult>(GradGate.Results.ResultJson.Serialize(failing))!).ToList();
        run.Checks.ForEach(check => check.Findings.ForEach(finding => finding.Message += new string('.', 1000)));

        GitHubStepSummary.Append(run, Environment(summary));

        Assert.InRange(new FileInfo(summary).Length, 1, JobSummaryMarkdown.MaxBytes + 1);
        Assert.True(new FileInfo(summary).Length < new MarkdownReport().Render(run).Length / 10);
    }

    private static Func<string, string?> Environment(string summaryPath)
        => name => name == GitHubStepSummary.VariableName ? summaryPath : null;
}
