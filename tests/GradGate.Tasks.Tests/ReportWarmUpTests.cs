using System.Text;
using GradGate.Gate;
using GradGate.Gate.Storage;
using GradGate.Reports;
using GradGate.Results;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests;

/// <summary>
/// While the runner runs the checks, the run step compiles the report's code on the previous run's results, so the
/// report step after it finds it compiled. It must exercise the report's real work, and never write, log or throw.
/// </summary>
public sealed class ReportWarmUpTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ResultsPath => _scratch.File("results.json");

    private string ProjectPath => _scratch.File("Net.csproj");

    [Fact]
    public void It_renders_every_requested_format_of_the_previous_results_and_writes_nothing()
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        var before = Directory.GetFileSystemEntries(_scratch.Path, "*", SearchOption.AllDirectories).Order().ToList();

        var rendered = ReportWarmUp.Run(ReportWarmUp.ReadPrevious(ResultsPath)!, string.Join(";", ReportFormats.Names), [], ProjectPath);

        Assert.Equal(ReportFormats.Names.Count, rendered);
        Assert.Equal(before, Directory.GetFileSystemEntries(_scratch.Path, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void It_renders_only_the_formats_asked_for_and_none_when_none_are()
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        var previous = ReportWarmUp.ReadPrevious(ResultsPath)!;

        Assert.Equal(2, ReportWarmUp.Run(previous, "junit; json;nonsense", [], ProjectPath));
        Assert.Equal(0, ReportWarmUp.Run(previous, "", [], ProjectPath));
        Assert.Equal(0, ReportWarmUp.Run(previous, null, [], ProjectPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"checks\": [ { \"verdict\": 42 } ")]
    [InlineData("\u0000\u0001 not json")]
    [InlineData("null")]
    public void Previous_results_it_cannot_read_warm_nothing_and_throw_nothing(string text)
        => Assert.Equal(0, ReportWarmUp.Run(Encoding.UTF8.GetBytes(text), "json;junit;markdown", [], ProjectPath));

    [Fact]
    public void Without_previous_results_it_renders_a_built_in_run_with_a_pass_a_failure_and_a_skip_in_every_format()
    {
        Assert.Null(ReportWarmUp.ReadPrevious(ResultsPath));
        Assert.Null(ReportWarmUp.ReadPrevious(_scratch.Path));

        var builtIn = ReportWarmUp.BuiltInResults(ProjectPath);

        var run = ResultJson.Deserialize<RunResult>(Encoding.UTF8.GetString(builtIn));
        Assert.NotNull(run);
        Assert.Equal([Verdict.Passed, Verdict.Failed, Verdict.Skipped], run.Checks.Select(check => check.Verdict));
        Assert.Contains(run.Checks, check => check.Findings.Any(finding => finding.Code == DiagnosticCodes.GradientMismatch) && check.Source is not null);
        Assert.Equal(ReportFormats.Names.Count, ReportWarmUp.Run(builtIn, string.Join(";", ReportFormats.Names), [], ProjectPath));
    }

    [Fact]
    public void Results_too_large_to_hold_are_not_read()
    {
        using (var file = File.Create(ResultsPath))
        {
            file.SetLength(ReportWarmUp.LargestPreviousResults + 1);
        }

        Assert.Null(ReportWarmUp.ReadPrevious(ResultsPath));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_warm_up_runs_on_a_thread_that_ends_on_its_own_only_with_a_processor_to_spare_and_writes_nothing(bool previousResults)
    {
        if (previousResults)
        {
            RunResultStore.Write(ResultsPath, FailingRun());
        }

        var before = Directory.GetFileSystemEntries(_scratch.Path, "*", SearchOption.AllDirectories).Order().ToList();

        var thread = ReportWarmUp.Start(ResultsPath, "json;junit;markdown;sarif;html", [], ProjectPath);

        if (Environment.ProcessorCount < 2)
        {
            Assert.Null(thread);
            return;
        }

        Assert.NotNull(thread);
        // Its state is not read here: a warm-up whose code is already compiled can end before this line runs, and a
        // dead thread's state cannot be read (this test failed so once). The thread is made by NewThread, tested below.
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "The warm-up did not end.");
        Assert.Equal(before, Directory.GetFileSystemEntries(_scratch.Path, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void The_warm_ups_thread_is_a_background_one()
        => Assert.True(ReportWarmUp.NewThread(() => { }).IsBackground, "A warm-up must never keep the build's process alive.");

    private RunResult FailingRun() => new()
    {
        ProjectPath = ProjectPath,
        DurationSeconds = 0.2,
        Checks =
        [
            new CheckResult
            {
                Id = "Net.Checks.Loss",
                Name = "Checks.Loss",
                ClassName = "Net.Checks",
                MethodName = "Loss",
                Verdict = Verdict.Failed,
                RelativeError = 0.3,
                Findings = [new Finding { Severity = Severity.Error, Code = DiagnosticCodes.GradientMismatch, Message = "W1 disagrees", Block = "W1" }],
                Source = new SourceLocation { File = _scratch.File("Checks.cs"), Line = 20, Column = 9 },
            },
            new CheckResult { Id = "Net.Checks.Later", Name = "Checks.Later", Verdict = Verdict.Skipped, SkipReason = "not yet" },
        ],
    };
}
