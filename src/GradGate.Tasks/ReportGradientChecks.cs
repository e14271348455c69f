using GradGate.Results;
using GradGate.Tasks.Baseline;
using GradGate.Tasks.BuildLog;
using GradGate.Tasks.Configuration;
using GradGate.Tasks.Files;
using GradGate.Tasks.Reports;
using GradGate.Tasks.Storage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks;

/// <summary>
/// Reports the stored results of the last <see cref="RunGradientChecks"/> run on every build, also when the
/// checks were skipped as up to date, so a failing build stays failed until the code is fixed: each
/// finding becomes an MSBuild error, warning or message with its code at the check's source line, worst
/// first; then one summary line; then the report files.
/// </summary>
public sealed class ReportGradientChecks : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    [Required]
    public string ResultsPath { get; set; } = "";

    [Required]
    public string ProjectPath { get; set; } = "";

    /// <summary>Where the report files go; relative to the project's folder when relative. Empty writes none.</summary>
    public string? ReportDirectory { get; set; }

    /// <summary>Semicolon-separated: json, junit, markdown. Empty writes none.</summary>
    public string? ReportFormats { get; set; }

    /// <summary>The short name, such as net10.0, used in messages.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>The checked-in baseline of known findings (GradGate.baseline.json); relative to the project's folder when relative. Empty uses none.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>GradGateGenerateBaseline: <c>true</c> rewrites <see cref="BaselineFile"/> from this run's findings before applying it.</summary>
    public string? GenerateBaseline { get; set; }

    /// <summary>The lock file that serialises the inner builds of a multi-targeted project while they regenerate the shared baseline.</summary>
    public string? BaselineLockFile { get; set; }

    /// <summary>Every target framework of the project that GradGate checks (semicolon-separated); empty for a single-targeted project.</summary>
    public string? CheckedTargetFrameworks { get; set; }

    /// <summary>
    /// The project's gate lock: taken over from this build's <see cref="RunGradientChecks"/>, or waited for when the checks
    /// did not run in this build, and released when the findings are reported. Empty takes no lock.
    /// </summary>
    public string? LockFile { get; set; }

    /// <summary>Where the task reads the CI system's variables (GITHUB_STEP_SUMMARY); the process environment, or a test's stand-in.</summary>
    internal Func<string, string?> ReadEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The report files written, for FileWrites.</summary>
    [Output]
    public ITaskItem[] ReportFiles { get; private set; } = [];

    public void Cancel() => _cancellation.Cancel();

    /// <summary>A line every logger shows at normal verbosity, the terminal logger included.</summary>
    private void LogVisible(string text) => TerminalVisibleMessage.Log(BuildEngine, GetType().Name, text);

    public override bool Execute()
    {
        if (string.IsNullOrWhiteSpace(LockFile))
        {
            return Report();
        }

        using var held = GateLock.TakeOver(BuildEngine, LockFile!)
            ?? GateLock.Take(LockFile!, Path.GetFileName(ProjectPath), _cancellation.Token, LogVisible);
        return held is not null && Report();
    }

    private bool Report()
    {
        var formats = ValidateFormats();
        var run = RunResultStore.Read(ResultsPath, out var problem);
        if (run is null)
        {
            var framework = string.IsNullOrWhiteSpace(TargetFramework) ? "" : $" for {TargetFramework}";
            LogDiagnostic(new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.UnreadableInput,
                ProjectPath,
                0,
                0,
                $"GradGate cannot report the gradient checks{framework}: {problem}. Build the project again so the checks run again; "
                + "if this persists, delete its obj folder."));
            return false;
        }

        var baseline = ApplyBaseline(run);
        foreach (var diagnostic in DiagnosticArrangement.Arrange(baseline.ForBuildLog, ProjectPath).Concat(baseline.Diagnostics))
        {
            LogDiagnostic(diagnostic);
        }

        LogSkippedChecks(run);
        foreach (var note in baseline.Notes)
        {
            LogVisible(note);
        }

        LogVisible(DiagnosticText.OneLine(RunSummary.Describe(run)));
        WriteReports(run, formats);
        return !Log.HasLoggedErrors;
    }

    private BaselineOutcome ApplyBaseline(RunResult run)
    {
        if (string.IsNullOrWhiteSpace(BaselineFile))
        {
            return new BaselineOutcome(run, [], []);
        }

        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!;
        var baselinePath = Path.GetFullPath(Path.Combine(projectDirectory, BaselineFile));
        if (Directory.Exists(baselinePath))
        {
            return new BaselineOutcome(run, [new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.BadConfiguration,
                ProjectPath,
                0,
                0,
                $"GradGateBaselineFile is '{BaselineFile}', which is a folder ('{baselinePath}'), not a file, so no finding was baselined. "
                + "Point it at a file such as GradGate.baseline.json, or remove it to use that name beside the project.")], []);
        }

        var step = new BaselineStep(baselinePath, ProjectPath, TargetFramework);
        if (!IsTrue(GenerateBaseline, "GradGateGenerateBaseline"))
        {
            return step.Apply(run);
        }

        var lockPath = string.IsNullOrWhiteSpace(BaselineLockFile) ? baselinePath + ".lock" : Path.GetFullPath(Path.Combine(projectDirectory, BaselineLockFile));
        var frameworks = (CheckedTargetFrameworks ?? "").Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()).ToList();
        return step.RegenerateAndApply(run, lockPath, frameworks);
    }

    /// <summary>MSBuild's spellings of a boolean, which its conditions accept for GradGateEnabled too.</summary>
    private static readonly string[] TrueSpellings = ["true", "on", "yes", "!false", "!off", "!no"];

    private static readonly string[] FalseSpellings = ["false", "off", "no", "!true", "!on", "!yes"];

    /// <summary>Whether a boolean property is true; empty is false, and a value MSBuild would not read as a boolean is a GG0012 error.</summary>
    private bool IsTrue(string? value, string property)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0 || FalseSpellings.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (TrueSpellings.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        LogDiagnostic(new BuildDiagnostic(
            Severity.Error,
            DiagnosticCodes.BadConfiguration,
            ProjectPath,
            0,
            0,
            $"{property} is '{value}', but it must be true or false. Set it to one of them, or remove it (false)."));
        return false;
    }

    private IReadOnlyList<string> ValidateFormats()
    {
        var problems = new List<ConfigurationProblem>();
        var formats = ReportFormatList.Parse(ReportFormats, problems);
        foreach (var problem in problems)
        {
            LogDiagnostic(new BuildDiagnostic(Severity.Error, DiagnosticCodes.BadConfiguration, ProjectPath, 0, 0, problem.Message));
        }

        return formats;
    }

    private void LogSkippedChecks(RunResult run)
    {
        foreach (var check in run.Checks.Where(check => check.Verdict == Verdict.Skipped))
        {
            var reason = check.SkipReason ?? "no reason given";
            var source = check.Source is { File.Length: > 0 } known ? known : new SourceLocation { File = ProjectPath };
            Log.LogMessage(
                null,
                DiagnosticCodes.Skipped,
                null,
                source.File,
                source.Line,
                source.Column,
                0,
                0,
                MessageImportance.Low,
                DiagnosticText.OneLine($"{DiagnosticText.CheckName(check)}: skipped ({reason})."));
        }
    }

    private void WriteReports(RunResult run, IReadOnlyList<string> formats)
    {
        if (string.IsNullOrWhiteSpace(ReportDirectory) || formats.Count == 0)
        {
            return;
        }

        var directory = ReportDirectory!;
        try
        {
            directory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!, ReportDirectory));
            ReportFiles = ReportWriter.Write(run, directory, formats).Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            LogDiagnostic(new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.BadConfiguration,
                ProjectPath,
                0,
                0,
                $"GradGateReportDirectory is '{ReportDirectory}', but GradGate cannot write its reports to '{directory}': {exception.Message} "
                + "Set GradGateReportDirectory to a writable folder. The findings above are complete."));
            return;
        }

        AppendJobSummary(run, formats);
    }

    /// <summary>In a GitHub Actions job, the Markdown report also goes to the job's summary page.</summary>
    private void AppendJobSummary(RunResult run, IReadOnlyList<string> formats)
    {
        if (!formats.Contains(Reports.ReportFormats.Markdown, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var summaryPath = ReadEnvironmentVariable(GitHubStepSummary.VariableName);
        try
        {
            if (GitHubStepSummary.Append(run, ReadEnvironmentVariable) is not null)
            {
                Log.LogMessage(MessageImportance.Low, $"GradGate: appended the Markdown summary to the GitHub job summary '{summaryPath}'.");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The job summary is a courtesy of the CI system: the reports are written and the verdict stands, so it never fails the build.
            LogDiagnostic(new BuildDiagnostic(
                Severity.Warning,
                DiagnosticCodes.JobSummaryUnwritable,
                ProjectPath,
                0,
                0,
                $"GradGate cannot add its summary to the GitHub job summary: {GitHubStepSummary.VariableName} is '{summaryPath}', and "
                + $"{exception.Message} The reports are written and the verdict above stands; the job's summary page just lacks GradGate's "
                + $"section. Check the step's {GitHubStepSummary.VariableName} (GitHub Actions sets it to a writable file)."));
        }
    }

    private void LogDiagnostic(BuildDiagnostic diagnostic)
    {
        switch (diagnostic.Severity)
        {
            case Severity.Error:
                Log.LogError(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                break;
            default:
                Log.LogMessage(
                    null,
                    diagnostic.Code,
                    null,
                    diagnostic.File,
                    diagnostic.Line,
                    diagnostic.Column,
                    0,
                    0,
                    MessageImportance.Normal,
                    diagnostic.Message);
                break;
        }
    }
}
