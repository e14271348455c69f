using GradGate.Gate.Baseline;
using GradGate.Gate.BuildLog;
using GradGate.Gate.Configuration;
using GradGate.Gate.Discovery;
using GradGate.Gate.Files;
using GradGate.Gate.Logging;
using GradGate.Gate.Replay;
using GradGate.Gate.Storage;
using GradGate.Reports;
using GradGate.Reports.Paths;
using GradGate.Results;

namespace GradGate.Gate;

/// <summary>
/// The second half of the gate: reports the stored results of a <see cref="CheckRun"/>. Each finding becomes an error,
/// warning or message with its code at the check's source line, worst first; then one summary line; then the report
/// files. A build runs it on every build, also when the checks were skipped as up to date, so a failing build stays
/// failed until the code is fixed.
/// </summary>
internal sealed class ReportStep
{
    public string ResultsPath { get; init; } = "";

    /// <summary>Where problems without a source line are reported; report and baseline paths are relative to its folder.</summary>
    public string ProjectPath { get; init; } = "";

    /// <summary>Where the report files go; relative to the project's folder when relative. Empty writes none.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>Semicolon-separated: json, junit, markdown, sarif, html. Empty writes none.</summary>
    public string? ReportFormats { get; init; }

    /// <summary>The short name, such as net10.0, used in messages.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>The checked-in baseline of known findings (GradGate.baseline.json); relative to the project's folder when relative. Empty uses none.</summary>
    public string? BaselineFile { get; init; }

    /// <summary><c>true</c> rewrites <see cref="BaselineFile"/> from this run's findings before applying it.</summary>
    public string? GenerateBaseline { get; init; }

    /// <summary>The lock file that serialises the inner builds of a multi-targeted project while they regenerate the shared baseline.</summary>
    public string? BaselineLockFile { get; init; }

    /// <summary>Every target framework of the project that GradGate checks (semicolon-separated); empty for a single-targeted project.</summary>
    public string? CheckedTargetFrameworks { get; init; }

    /// <summary>
    /// The project's SourceRoot items: the report files give paths relative to the git repository root they name
    /// (see <see cref="RepositoryRoot"/>). None finds the root from the project's folder.
    /// </summary>
    public IReadOnlyList<SourceRoot> SourceRoots { get; init; } = [];

    /// <summary>Where the step reads the CI system's variables (GITHUB_STEP_SUMMARY); the process environment, or a test's stand-in.</summary>
    public Func<string, string?> ReadEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// Where the step keeps what it logged and wrote (see <see cref="ReportReplay"/>), so that a build with the same inputs
    /// logs it again without reading and rendering everything anew. Null always reports in full (the command-line tool).
    /// </summary>
    public string? ReplayPath { get; init; }

    /// <summary>The report files written.</summary>
    public IReadOnlyList<string> ReportFiles { get; private set; } = [];

    /// <summary>Whether the last <see cref="Report"/> replayed the one before it rather than reporting in full.</summary>
    public bool Replayed { get; private set; }

    /// <summary>Logs the findings and the summary line and writes the reports; false when an error was logged.</summary>
    public bool Report(IGateLog log)
    {
        var results = ReadResults();
        var fingerprint = ReplayPath is null ? null : ReportFingerprint.Of(this, results);
        if (fingerprint is not null && ReportReplay.Read(ReplayPath!) is { } replay && replay.Fingerprint == fingerprint && replay.ReportsUnchanged()
            && TouchReports(replay) is { } touched)
        {
            log.Message(LogImportance.Low, $"GradGate: nothing the report reads changed since the last build, so its findings are logged again from '{ReplayPath}' and its report files kept.");
            foreach (var line in touched.Lines)
            {
                line.Replay(log);
            }

            ReportFiles = touched.Reports.Select(report => report.Path).ToList();
            Replayed = true;
            return !log.HasLoggedErrors;
        }

        if (ReplayPath is null)
        {
            return ReportInFull(log, results);
        }

        ReportReplay.Delete(ReplayPath);
        var recording = new RecordingGateLog(log);
        var reported = ReportInFull(recording, results);
        if (fingerprint is not null && _reportsComplete && ReportFiles.Select(ReportFileStamp.Of).ToList() is var stamps && stamps.All(stamp => stamp is not null))
        {
            try
            {
                new ReportReplay(fingerprint, recording.Lines, stamps!).Write(ReplayPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Only a cache: without it the next build reports in full again.
                ReportReplay.Delete(ReplayPath);
            }
        }

        return reported;
    }

    /// <summary>
    /// Marks the report files as written by this build and records their new times, before anything is logged: a file that
    /// cannot be touched (held open elsewhere, read-only) or a record that cannot be written means the report runs in full.
    /// </summary>
    private ReportReplay? TouchReports(ReportReplay replay)
    {
        try
        {
            var touched = replay.Touched(DateTime.UtcNow);
            touched.Write(ReplayPath!);
            return touched;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReportReplay.Delete(ReplayPath!);
            return null;
        }
    }

    /// <summary>Set when every requested report was written (or none was asked for): only then may the report be replayed.</summary>
    private bool _reportsComplete;

    /// <summary>The stored results' bytes, read once for both the fingerprint and the report; null when they cannot be read (the report says why).</summary>
    private byte[]? ReadResults()
    {
        try
        {
            return SharedFile.ReadAllBytes(ResultsPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private bool ReportInFull(IGateLog log, byte[]? results)
    {
        var formats = ValidateFormats(log);
        var run = RunResultStore.Read(ResultsPath, results, out var problem);
        if (run is null)
        {
            var framework = string.IsNullOrWhiteSpace(TargetFramework) ? "" : $" for {TargetFramework}";
            log.Diagnostic(new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.UnreadableInput,
                ProjectPath,
                0,
                0,
                $"GradGate cannot report the gradient checks{framework}: {problem}. Build the project again so the checks run again; "
                + "if this persists, delete its obj folder."));
            return false;
        }

        var baseline = ApplyBaseline(log, run);
        foreach (var diagnostic in DiagnosticArrangement.Arrange(baseline.ForBuildLog, ProjectPath).Concat(baseline.Diagnostics))
        {
            log.Diagnostic(diagnostic);
        }

        LogSkippedChecks(log, run);
        foreach (var note in baseline.Notes)
        {
            log.Message(LogImportance.High, note);
        }

        log.Message(LogImportance.High, DiagnosticText.OneLine(RunSummary.Describe(run)));
        WriteReports(log, run, formats);
        return !log.HasLoggedErrors;
    }

    private BaselineOutcome ApplyBaseline(IGateLog log, RunResult run)
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
        if (!IsTrue(log, GenerateBaseline, "GradGateGenerateBaseline"))
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

    /// <summary>Whether a boolean property is empty or one of MSBuild's spellings of false.</summary>
    internal static bool IsEmptyOrFalse(string? value)
        => (value ?? "").Trim() is var trimmed && (trimmed.Length == 0 || FalseSpellings.Contains(trimmed, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether a boolean property is true; empty is false, and a value MSBuild would not read as a boolean is a GG0012 error.</summary>
    private bool IsTrue(IGateLog log, string? value, string property)
    {
        if (IsEmptyOrFalse(value))
        {
            return false;
        }

        if (TrueSpellings.Contains((value ?? "").Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        log.Diagnostic(new BuildDiagnostic(
            Severity.Error,
            DiagnosticCodes.BadConfiguration,
            ProjectPath,
            0,
            0,
            $"{property} is '{value}', but it must be true or false. Set it to one of them, or remove it (false)."));
        return false;
    }

    private IReadOnlyList<string> ValidateFormats(IGateLog log)
    {
        var problems = new List<ConfigurationProblem>();
        var formats = ReportFormatList.Parse(ReportFormats, problems);
        foreach (var problem in problems)
        {
            log.Diagnostic(new BuildDiagnostic(Severity.Error, DiagnosticCodes.BadConfiguration, ProjectPath, 0, 0, problem.Message));
        }

        return formats;
    }

    private void LogSkippedChecks(IGateLog log, RunResult run)
    {
        foreach (var check in run.Checks.Where(check => check.Verdict == Verdict.Skipped))
        {
            var reason = check.SkipReason ?? "no reason given";
            var source = check.Source is { File.Length: > 0 } known ? known : new SourceLocation { File = ProjectPath };
            log.Message(
                LogImportance.Low,
                DiagnosticCodes.Skipped,
                source.File,
                source.Line,
                source.Column,
                DiagnosticText.OneLine($"{DiagnosticText.CheckName(check)}: skipped ({reason})."));
        }
    }

    private void WriteReports(IGateLog log, RunResult run, IReadOnlyList<string> formats)
    {
        if (string.IsNullOrWhiteSpace(ReportDirectory) || formats.Count == 0)
        {
            _reportsComplete = true;
            return;
        }

        var directory = ReportDirectory!;
        var reported = run;
        try
        {
            directory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!, ReportDirectory));
            reported = ReportPaths.RelativeTo(run, RepositoryRoot.Find(SourceRoots, ProjectPath));
            ReportFiles = ReportWriter.Write(reported, directory, formats);
            _reportsComplete = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            log.Diagnostic(new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.BadConfiguration,
                ProjectPath,
                0,
                0,
                $"GradGateReportDirectory is '{ReportDirectory}', but GradGate cannot write its reports to '{directory}': {exception.Message} "
                + "Set GradGateReportDirectory to a writable folder. The findings above are complete."));
            return;
        }

        AppendJobSummary(log, reported, formats);
    }

    /// <summary>In a GitHub Actions job, the Markdown report also goes to the job's summary page.</summary>
    private void AppendJobSummary(IGateLog log, RunResult run, IReadOnlyList<string> formats)
    {
        if (!formats.Contains(GradGate.Reports.ReportFormats.Markdown, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var summaryPath = ReadEnvironmentVariable(GitHubStepSummary.VariableName);
        try
        {
            if (GitHubStepSummary.Append(run, ReadEnvironmentVariable) is not null)
            {
                log.Message(LogImportance.Low, $"GradGate: appended the Markdown summary to the GitHub job summary '{summaryPath}'.");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The job summary is a courtesy of the CI system: the reports are written and the verdict stands, so it never fails the build.
            log.Diagnostic(new BuildDiagnostic(
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
}
