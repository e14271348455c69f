using GradGate.Results;
using GradGate.Gate.Storage;
using GradGate.Tasks.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks.Tests;

[Collection(MsBuildCollection.Name)]
public sealed class ReportGradientChecksTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ProjectPath => _scratch.File("Net.csproj");

    private string ResultsPath => _scratch.File("results.json");

    private string ChecksSource => _scratch.File("Checks.cs");

    [Fact]
    public void Logs_every_finding_worst_first_with_its_code_at_the_checks_source_line()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (succeeded, engine) = Report();

        Assert.False(succeeded);
        Assert.Equal(
            [
                (LoggedKind.Error, "GG0001", ChecksSource, 20, "Checks.Loss: W1 disagrees {0} {W1}"),
                (LoggedKind.Error, "GG0001", ProjectPath, 0, "Checks.Scale: s disagrees"),
                (LoggedKind.Error, "GG0011", ChecksSource, 40, "Checks.Recurse: the runner died"),
                (LoggedKind.Warning, "GG0002", ChecksSource, 30, "Checks.Close: nearly"),
            ],
            engine.Diagnostics.Select(logged => (logged.Kind, logged.Code!, logged.File!, logged.Line, logged.Message)));
        Assert.All(engine.Diagnostics.Where(logged => logged.File == ChecksSource), logged => Assert.Equal(9, logged.Column));
    }

    [Fact]
    public void Logs_messages_and_skipped_checks_as_messages_with_their_codes()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (_, engine) = Report();

        var inconclusive = Assert.Single(engine.Messages, logged => logged.Code == DiagnosticCodes.Inconclusive);
        Assert.Equal(MessageImportance.Normal, inconclusive.Importance);
        Assert.Equal(10, inconclusive.Line);
        var skipped = Assert.Single(engine.Messages, logged => logged.Code == DiagnosticCodes.Skipped);
        Assert.Equal(MessageImportance.Low, skipped.Importance);
        Assert.Equal("Checks.Later: skipped (waiting for a fix).", skipped.Message);
        Assert.Equal(50, skipped.Line);
    }

    [Fact]
    public void Ends_with_one_summary_line_that_the_default_verbosity_shows()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (_, engine) = Report();

        var summary = engine.Events[^1];
        Assert.Equal(LoggedKind.Message, summary.Kind);
        Assert.Equal(MessageImportance.High, summary.Importance);
        Assert.Equal("TLTESTOUTPUT", summary.ExtendedType); // the one kind of message the terminal logger prints at normal verbosity
        Assert.Equal(
            "GradGate: 6 checks, 1 passed, 1 with warnings, 2 failed, 1 errored, 1 skipped (Checks.Loss: W1 relative error 3.3e-01) in 0.4 s - Net",
            summary.Message);
    }

    [Fact]
    public void In_a_GitHub_Actions_job_appends_the_compact_markdown_summary_to_the_job_summary()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var jobSummary = ReportInGitHubActionsJob("markdown");

        var summary = File.ReadAllText(jobSummary);
        Assert.StartsWith("# Earlier step\n", summary);
        Assert.Contains("Checks.Loss", summary);
        Assert.Contains(File.ReadAllLines(Path.Combine(_scratch.File("reports"), "gradgate.md"))[0], summary);
        Assert.Contains("| Verdict | Check | Codes | Worst relative error |", summary);
    }

    [Fact]
    public void Leaves_the_job_summary_alone_when_markdown_is_not_among_the_formats()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var jobSummary = ReportInGitHubActionsJob("json");

        Assert.Equal("# Earlier step\n", File.ReadAllText(jobSummary));
    }

    [Fact]
    public void A_job_summary_that_cannot_be_written_is_a_warning_naming_the_variable_and_never_fails_a_passing_build()
    {
        var run = MixedRun();
        run.Checks.RemoveAll(check => check.Verdict is Verdict.Failed or Verdict.Error);
        RunResultStore.Write(ResultsPath, run);
        var folder = _scratch.File("summary-is-a-folder");
        Directory.CreateDirectory(folder);

        var (succeeded, engine) = Report(task =>
        {
            task.ReportDirectory = _scratch.File("reports");
            task.ReportFormats = "json;markdown";
            task.ReadEnvironmentVariable = name => name == "GITHUB_STEP_SUMMARY" ? folder : null;
        });

        Assert.True(succeeded);
        Assert.Empty(engine.Errors);
        var warning = Assert.Single(engine.Warnings, logged => logged.Code == DiagnosticCodes.JobSummaryUnwritable);
        Assert.StartsWith($"GradGate cannot add its summary to the GitHub job summary: GITHUB_STEP_SUMMARY is '{folder}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("The reports are written", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GradGateReportDirectory", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_scratch.File("reports"), "gradgate.md")));
    }

    [Fact]
    public void Reports_the_same_findings_again_from_the_stored_results_on_a_later_build()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (first, firstEngine) = Report();
        var (second, secondEngine) = Report();

        Assert.False(first);
        Assert.False(second);
        // The second replays the first (ReportReplayTests), saying so in a low-importance line first.
        Assert.Equal(firstEngine.Events, secondEngine.Events.Skip(1));
        Assert.Equal(MessageImportance.Low, secondEngine.Events[0].Importance);
    }

    [Fact]
    public void A_run_with_only_warnings_succeeds()
    {
        var run = MixedRun();
        run.Checks.RemoveAll(check => check.Verdict is Verdict.Failed or Verdict.Error);
        RunResultStore.Write(ResultsPath, run);

        var (succeeded, engine) = Report();

        Assert.True(succeeded);
        Assert.Equal("GG0002", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_a_GG_warning_an_error_as_NuGet_does_its_own()
    {
        var run = MixedRun();
        run.Checks.RemoveAll(check => check.Verdict is Verdict.Failed or Verdict.Error);
        RunResultStore.Write(ResultsPath, run);

        var (succeeded, engine) = Report(task => task.TreatWarningsAsErrors = "true");

        Assert.False(succeeded);
        Assert.Empty(engine.Warnings);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("GG0002", ChecksSource, 30, "Warning As Error: Checks.Close: nearly"), (error.Code, error.File, error.Line, error.Message));
    }

    [Theory]
    [InlineData("GG0002", "")]
    [InlineData("CS0168;gg0002", "")]
    [InlineData("", "GG0002")]
    [InlineData("", "NU1603, GG0002")]
    public void WarningsNotAsErrors_or_NoWarn_keeps_a_code_a_warning_under_TreatWarningsAsErrors(string warningsNotAsErrors, string noWarn)
    {
        var run = MixedRun();
        run.Checks.RemoveAll(check => check.Verdict is Verdict.Failed or Verdict.Error);
        RunResultStore.Write(ResultsPath, run);

        var (succeeded, engine) = Report(task =>
        {
            task.TreatWarningsAsErrors = "true";
            task.WarningsNotAsErrors = warningsNotAsErrors;
            task.NoWarn = noWarn;
        });

        // A NoWarn code is left a warning for MSBuild to turn into a message (the SDK maps NoWarn to MSBuildWarningsAsMessages).
        Assert.True(succeeded);
        Assert.Equal("GG0002", Assert.Single(engine.Warnings).Code);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Braces_in_names_and_reasons_are_logged_as_written()
    {
        var skipped = new CheckResult { Id = "N.C.Later", Name = "Later {x}", Verdict = Verdict.Skipped, SkipReason = "see {issue}" };
        var crashed = new CheckResult { Id = "N.C.Loss", Name = "Loss {0}", Verdict = Verdict.Error };
        crashed.Findings.Add(new Finding { Code = DiagnosticCodes.RunnerCrashed, Severity = Severity.Error, Message = "died in {1}" });
        RunResultStore.Write(ResultsPath, new RunResult { Checks = [skipped, crashed] });

        var (_, engine) = Report();

        Assert.Equal("Later {x}: skipped (see {issue}).", Assert.Single(engine.Messages, logged => logged.Code == DiagnosticCodes.Skipped).Message);
        Assert.Equal("Loss {0}: died in {1}", Assert.Single(engine.Errors).Message);
        Assert.Equal("GradGate: 2 checks, 0 passed, 1 errored, 1 skipped (Loss {0}: GG0011) in 0.0 s", engine.Events[^1].Message);
    }

    [Fact]
    public void Run_findings_are_logged_at_the_project_file()
    {
        RunResultStore.Write(ResultsPath, new RunResult
        {
            RunFindings = [new Finding { Code = DiagnosticCodes.NoTargets, Severity = Severity.Warning, Message = "Net declares no [GradCheck] method." }],
        });

        var (succeeded, engine) = Report();

        Assert.True(succeeded);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal((DiagnosticCodes.NoTargets, ProjectPath, 0, "Net declares no [GradCheck] method."), (warning.Code, warning.File, warning.Line, warning.Message));
        Assert.Equal("GradGate: 0 checks in 0.0 s", engine.Events[^1].Message);
    }

    [Fact]
    public void Missing_results_are_an_error_that_says_to_build_again()
    {
        var (succeeded, engine) = Report(task => task.TargetFramework = "net10.0");

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.UnreadableInput, error.Code);
        Assert.Equal(ProjectPath, error.File);
        Assert.Contains("for net10.0", error.Message, StringComparison.Ordinal);
        Assert.Contains(ResultsPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Build the project again", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"checks\": [ {")]
    [InlineData("{ \"schemaVersion\": 2 }")]
    [InlineData("null")]
    public void Unreadable_results_are_the_same_error(string content)
    {
        File.WriteAllText(ResultsPath, content);

        var (succeeded, engine) = Report();

        Assert.False(succeeded);
        Assert.Equal(DiagnosticCodes.UnreadableInput, Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Writes_the_requested_reports_into_a_folder_relative_to_the_project_and_returns_them()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (_, engine, task) = ReportWithTask(task =>
        {
            task.ReportDirectory = "reports";
            task.ReportFormats = "junit;json";
        });

        var expected = new[] { _scratch.File("reports/gradgate.junit.xml"), _scratch.File("reports/gradgate.json") };
        Assert.Equal(expected, task.ReportFiles.Select(item => item.ItemSpec));
        Assert.All(expected, path => Assert.True(File.Exists(path), path));
        Assert.DoesNotContain(engine.Errors, logged => logged.Code == DiagnosticCodes.BadConfiguration);
    }

    [Theory]
    [InlineData(true, "Checks.cs", "Net.csproj")]
    [InlineData(false, "../Checks.cs", "../Net.csproj")] // no repository: relative to the project's folder, src/
    public void Reports_give_paths_relative_to_the_git_root_among_the_SourceRoot_items_and_the_build_log_full_ones(
        bool inRepository, string sourceFile, string projectPath)
    {
        RunResultStore.Write(ResultsPath, MixedRun());
        var project = Path.Combine(_scratch.Folder("src"), "Net.csproj");
        var repository = new TaskItem(_scratch.Path + Path.DirectorySeparatorChar);
        repository.SetMetadata("SourceControl", "git");
        var submodule = new TaskItem(_scratch.Folder("src") + Path.DirectorySeparatorChar);
        submodule.SetMetadata("SourceControl", "git");
        submodule.SetMetadata("NestedRoot", "src/");

        var (_, engine, _) = ReportWithTask(task =>
        {
            task.ProjectPath = project;
            task.SourceRoots = inRepository ? [submodule, repository] : [];
            task.ReportDirectory = "reports";
            task.ReportFormats = "json";
        });

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_scratch.Path, "src", "reports", "gradgate.json")));
        Assert.Equal(sourceFile, json.RootElement.GetProperty("checks")[0].GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(projectPath, json.RootElement.GetProperty("projectPath").GetString()); // the stored run's, beside Checks.cs
        Assert.Contains(engine.Diagnostics, logged => logged.File == ChecksSource);
    }

    [Fact]
    public void An_unknown_format_is_a_configuration_error_and_the_findings_and_other_reports_still_come()
    {
        RunResultStore.Write(ResultsPath, MixedRun());

        var (_, engine, task) = ReportWithTask(task =>
        {
            task.ReportDirectory = _scratch.File("out");
            task.ReportFormats = "markdown;pdf";
        });

        var configuration = Assert.Single(engine.Errors, logged => logged.Code == DiagnosticCodes.BadConfiguration);
        Assert.Contains("GradGateReportFormats", configuration.Message, StringComparison.Ordinal);
        Assert.Contains("'pdf'", configuration.Message, StringComparison.Ordinal);
        Assert.Contains("json, junit, markdown", configuration.Message, StringComparison.Ordinal);
        Assert.Equal(3, engine.Errors.Count(logged => logged.Code != DiagnosticCodes.BadConfiguration));
        Assert.True(File.Exists(Assert.Single(task.ReportFiles).ItemSpec));
    }

    [Fact]
    public void An_unwritable_report_folder_is_a_configuration_error_and_the_findings_are_still_logged()
    {
        RunResultStore.Write(ResultsPath, MixedRun());
        File.WriteAllText(_scratch.File("occupied"), "a file, not a folder");

        var (_, engine, task) = ReportWithTask(task =>
        {
            task.ReportDirectory = Path.Combine(_scratch.File("occupied"), "reports");
            task.ReportFormats = "json";
        });

        var error = Assert.Single(engine.Errors, logged => logged.Code == DiagnosticCodes.BadConfiguration);
        Assert.Contains("GradGateReportDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains(_scratch.File("occupied"), error.Message, StringComparison.Ordinal);
        Assert.Equal(3, engine.Errors.Count(logged => logged.Code != DiagnosticCodes.BadConfiguration));
        Assert.Empty(task.ReportFiles);
    }

    /// <summary>Runs the report task as a GitHub Actions step would, with a job summary that already holds an earlier step's text.</summary>
    private string ReportInGitHubActionsJob(string formats)
    {
        var jobSummary = _scratch.File("step-summary.md");
        File.WriteAllText(jobSummary, "# Earlier step\n");
        Report(task =>
        {
            task.ReportDirectory = _scratch.File("reports");
            task.ReportFormats = formats;
            task.ReadEnvironmentVariable = name => name == "GITHUB_STEP_SUMMARY" ? jobSummary : null;
        });
        return jobSummary;
    }

    private (bool Succeeded, RecordingBuildEngine Engine) Report(Action<ReportGradientChecks>? configure = null)
    {
        var (succeeded, engine, _) = ReportWithTask(configure);
        return (succeeded, engine);
    }

    private (bool Succeeded, RecordingBuildEngine Engine, ReportGradientChecks Task) ReportWithTask(Action<ReportGradientChecks>? configure)
    {
        var engine = new RecordingBuildEngine();
        var task = new ReportGradientChecks { BuildEngine = engine, ResultsPath = ResultsPath, ProjectPath = ProjectPath };
        configure?.Invoke(task);
        return (task.Execute(), engine, task);
    }

    /// <summary>One check of each outcome, declared in an order that is not the order their findings are logged in.</summary>
    private RunResult MixedRun()
    {
        CheckResult Check(string method, Verdict verdict, double? relativeError, int? line, params (Severity Severity, string Code, string Message)[] findings) => new()
        {
            Id = "Net.Checks." + method,
            Name = "Checks." + method,
            ClassName = "Net.Checks",
            MethodName = method,
            Verdict = verdict,
            RelativeError = relativeError,
            Findings = findings.Select(finding => new Finding { Severity = finding.Severity, Code = finding.Code, Message = finding.Message }).ToList(),
            Source = line is { } known ? new SourceLocation { File = ChecksSource, Line = known, Column = 9 } : null,
        };

        var loss = Check("Loss", Verdict.Failed, 0.25, 20, (Severity.Error, "GG0001", "W1 disagrees {0} {W1}"));
        loss.Blocks = [new BlockResult { Name = "b1", RelativeError = 1e-9 }, new BlockResult { Name = "W1", RelativeError = 0.333 }];
        var skipped = Check("Later", Verdict.Skipped, null, 50, (Severity.Message, "GG0017", "skipped"));
        skipped.SkipReason = "waiting for a fix";
        return new RunResult
        {
            ProjectPath = ProjectPath,
            DurationSeconds = 0.44,
            Checks =
            [
                Check("Fine", Verdict.Passed, 1e-9, 10, (Severity.Message, "GG0008", "2 coordinates crossed a kink")),
                Check("Scale", Verdict.Failed, 3e-3, null, (Severity.Error, "GG0001", "s disagrees")),
                loss,
                Check("Close", Verdict.Warning, 5e-7, 30, (Severity.Warning, "GG0002", "nearly")),
                Check("Recurse", Verdict.Error, null, 40, (Severity.Error, "GG0011", "the runner died")),
                skipped,
            ],
        };
    }
}
