using GradGate.Gate.Replay;
using GradGate.Gate.Storage;
using GradGate.Results;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests;

/// <summary>
/// A no-op build reports the stored results again: when nothing the report reads has changed it replays what the last
/// report logged and leaves its files as they are (touched, so they read as this build's), instead of rendering them anew.
/// </summary>
[Collection(MsBuildCollection.Name)]
public sealed class ReportReplayTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ProjectPath => _scratch.File("Net.csproj");

    private string ResultsPath => _scratch.File("results.json");

    private string ReportDirectory => _scratch.File("reports");

    private string ReplayPath => _scratch.File(ReportGradientChecks.ReplayFileName);

    [Fact]
    public void A_second_report_of_the_same_results_logs_the_same_lines_in_the_same_order_without_rewriting_the_reports()
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        var (firstSucceeded, first, firstTask) = Report();
        var json = Path.Combine(ReportDirectory, "gradgate.json");
        var written = File.ReadAllText(json);
        File.SetLastWriteTimeUtc(json, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var record = ReportReplay.Read(ReplayPath)!;
        File.WriteAllText(ReplayPath, ReplayRecordText.Format(new ReportReplay(
            record.Fingerprint, record.Lines, record.Reports.Select(report => ReportFileStamp.Of(report.Path)!).ToList())));

        var (secondSucceeded, second, secondTask) = Report();

        Assert.False(firstTask.Replayed);
        Assert.True(secondTask.Replayed);
        Assert.False(firstSucceeded);
        Assert.False(secondSucceeded);
        Assert.StartsWith("GradGate: nothing the report reads changed since the last build", second.Events[0].Message, StringComparison.Ordinal);
        Assert.Equal(Describe(first), Describe(second).Skip(1));
        Assert.Contains(second.Events, logged => logged.Code == DiagnosticCodes.GradientMismatch && logged.File == _scratch.File("Checks.cs") && logged.Line == 20);
        Assert.Equal("TLTESTOUTPUT", second.Events[^1].ExtendedType);
        Assert.Equal(firstTask.ReportFiles.Select(item => item.ItemSpec), secondTask.ReportFiles.Select(item => item.ItemSpec));
        Assert.Equal(written, File.ReadAllText(json));

        // Touched as a rewrite would have: CI test publishers refuse report files older than the build.
        Assert.True(File.GetLastWriteTimeUtc(json) > DateTime.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public void Warnings_replayed_under_TreatWarningsAsErrors_are_errors_again()
    {
        RunResultStore.Write(ResultsPath, WarningRun());
        Report(task => task.TreatWarningsAsErrors = "true");

        var (succeeded, engine, task) = Report(task => task.TreatWarningsAsErrors = "true");

        Assert.True(task.Replayed);
        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.StartsWith("Warning As Error: ", error.Message, StringComparison.Ordinal);

        var (passes, relaxed, relaxedTask) = Report();
        Assert.True(relaxedTask.Replayed);
        Assert.True(passes);
        Assert.Single(relaxed.Warnings);
    }

    public static TheoryData<string> Changes => new()
    {
        "results",
        "baseline",
        "formats",
        "report deleted",
        "report edited",
        "record unreadable",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Anything_the_report_reads_changing_reports_in_full_again(string change)
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        var formats = "json;junit;markdown";
        Report(task => task.ReportFormats = formats);
        var junit = Path.Combine(ReportDirectory, "gradgate.junit.xml");
        switch (change)
        {
            case "results":
                var passing = FailingRun();
                passing.Checks.ForEach(check => { check.Verdict = Verdict.Passed; check.Findings.Clear(); });
                RunResultStore.Write(ResultsPath, passing);
                break;
            case "baseline":
                File.WriteAllText(_scratch.File("GradGate.baseline.json"), "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"check\": \"Checks.Loss\", \"code\": \"GG0001\", \"block\": \"W1\"}\n  ]\n}\n");
                break;
            case "formats":
                formats = "json;sarif";
                break;
            case "report deleted":
                File.Delete(junit);
                break;
            case "report edited":
                File.AppendAllText(junit, "<!-- edited -->");
                break;
            default:
                File.WriteAllText(ReplayPath, "gradgate-report-replay 1\nabc\nX\tnonsense\n");
                break;
        }

        var (_, engine, task) = Report(task => task.ReportFormats = formats);

        Assert.False(task.Replayed);
        Assert.Single(engine.Events, logged => logged.Message.StartsWith("GradGate: ", StringComparison.Ordinal));
        if (change is "report deleted" or "report edited")
        {
            Assert.DoesNotContain("edited", File.ReadAllText(junit), StringComparison.Ordinal);
        }

        var (_, _, again) = Report(task => task.ReportFormats = formats);
        Assert.True(again.Replayed);
    }

    [Fact]
    public void Regenerating_the_baseline_and_a_GitHub_job_summary_always_report_in_full()
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        Report();
        var jobSummary = _scratch.File("step-summary.md");
        File.WriteAllText(jobSummary, "");

        var (_, _, inJob) = Report(task => task.ReadEnvironmentVariable = name => name == "GITHUB_STEP_SUMMARY" ? jobSummary : null);
        var (_, _, generating) = Report(task => task.GenerateBaseline = "true");

        Assert.False(inJob.Replayed);
        Assert.Contains("Checks.Loss", File.ReadAllText(jobSummary), StringComparison.Ordinal);
        Assert.False(generating.Replayed);
    }

    [Fact]
    public void Reports_that_could_not_be_written_are_tried_again_by_the_next_build_not_replayed()
    {
        RunResultStore.Write(ResultsPath, FailingRun());
        File.WriteAllText(ReportDirectory, "a file where the report folder should be");

        var (_, first, firstTask) = Report();
        var (_, second, secondTask) = Report();

        Assert.False(firstTask.Replayed);
        Assert.False(secondTask.Replayed);
        Assert.Contains(first.Errors, logged => logged.Code == DiagnosticCodes.BadConfiguration);
        Assert.Contains(second.Errors, logged => logged.Code == DiagnosticCodes.BadConfiguration);
        Assert.False(File.Exists(ReplayPath));
    }

    [Fact]
    public void A_record_that_cannot_be_written_leaves_every_build_reporting_in_full_never_failing_it()
    {
        RunResultStore.Write(ResultsPath, WarningRun());
        Directory.CreateDirectory(ReplayPath);

        var (firstSucceeded, first, firstTask) = Report();
        var (secondSucceeded, second, secondTask) = Report();

        Assert.True(firstSucceeded);
        Assert.True(secondSucceeded);
        Assert.False(firstTask.Replayed);
        Assert.False(secondTask.Replayed);
        Assert.Empty(first.Errors);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public void The_record_keeps_any_text_a_finding_can_hold()
    {
        var lines = new List<LoggedLine>
        {
            new(LoggedLineKind.Error, Gate.Logging.LogImportance.High, "GG0001", "/src/a\tb.cs", 12, 5, "tab\there, line\nbreak, back\\slash, \\t literal, \\0"),
            new(LoggedLineKind.Message, Gate.Logging.LogImportance.Low, null, null, 0, 0, "\\0"),
            new(LoggedLineKind.LocatedMessage, Gate.Logging.LogImportance.Normal, "", "", -1, 0, "trailing backslash \\"),
        };
        var replay = new ReportReplay("f00d", lines, [new ReportFileStamp("/r/gradgate.json", 10, 638_000_000_000_000_000)]);

        var read = ReplayRecordText.Parse(ReplayRecordText.Format(replay))!;

        Assert.Equal(lines, read.Lines);
        Assert.Equal(replay.Reports, read.Reports);
        Assert.Equal("f00d", read.Fingerprint);
        Assert.Null(ReplayRecordText.Parse(ReplayRecordText.Format(replay).TrimEnd('\n')));
    }

    private static IEnumerable<string> Describe(RecordingBuildEngine engine)
        => engine.Events.Select(logged => $"{logged.Kind} {logged.Code} {logged.File}({logged.Line},{logged.Column}) {logged.Importance} {logged.ExtendedType}: {logged.Message}");

    private (bool Succeeded, RecordingBuildEngine Engine, ReportGradientChecks Task) Report(Action<ReportGradientChecks>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new ReportGradientChecks
        {
            BuildEngine = engine,
            ResultsPath = ResultsPath,
            ProjectPath = ProjectPath,
            ReportDirectory = ReportDirectory,
            ReportFormats = "json;junit;markdown",
            BaselineFile = "GradGate.baseline.json",
            ReadEnvironmentVariable = _ => null,
        };
        configure?.Invoke(task);
        return (task.Execute(), engine, task);
    }

    private RunResult FailingRun() => new()
    {
        ProjectPath = ProjectPath,
        DurationSeconds = 0.2,
        Checks =
        [
            Check("Loss", Verdict.Failed, 20, new Finding { Severity = Severity.Error, Code = DiagnosticCodes.GradientMismatch, Message = "W1 disagrees", Block = "W1" }),
            Check("Fine", Verdict.Passed, 30, new Finding { Severity = Severity.Message, Code = DiagnosticCodes.Inconclusive, Message = "a kink" }),
        ],
    };

    private RunResult WarningRun() => new()
    {
        ProjectPath = ProjectPath,
        Checks = [Check("Close", Verdict.Warning, 40, new Finding { Severity = Severity.Warning, Code = "GG0002", Message = "nearly" })],
    };

    private CheckResult Check(string method, Verdict verdict, int line, Finding finding) => new()
    {
        Id = "Net.Checks." + method,
        Name = "Checks." + method,
        ClassName = "Net.Checks",
        MethodName = method,
        Verdict = verdict,
        RelativeError = verdict == Verdict.Passed ? 1e-9 : 0.3,
        Findings = [finding],
        Source = new SourceLocation { File = _scratch.File("Checks.cs"), Line = line, Column = 9 },
    };
}
