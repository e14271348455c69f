using GradGate.Gate;
using GradGate.Gate.Discovery;
using GradGate.Tasks.BuildLog;
using GradGate.Tasks.Files;
using GradGate.Tasks.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks;

/// <summary>
/// Reports the stored results of the last <see cref="RunGradientChecks"/> run on every build, also when the
/// checks were skipped as up to date, so a failing build stays failed until the code is fixed: each
/// finding becomes an MSBuild error, warning or message with its code at the check's source line, worst
/// first; then one summary line; then the report files. The work is the gate's <c>ReportStep</c>, which the
/// command-line tool runs too; this task adds the build's lock and FileWrites.
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

    /// <summary>Semicolon-separated: json, junit, markdown, sarif, html. Empty writes none.</summary>
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
    /// The project's SourceRoot items: the report files give source paths relative to the git repository root among them
    /// (the one with <c>SourceControl="git"</c> and no <c>NestedRoot</c>), else to the project's folder.
    /// </summary>
    public ITaskItem[]? SourceRoots { get; set; }

    /// <summary>
    /// The project's gate lock: taken over from this build's <see cref="RunGradientChecks"/>, or waited for when the checks
    /// did not run in this build, and released when the findings are reported. Empty takes no lock.
    /// </summary>
    public string? LockFile { get; set; }

    /// <summary>Where the task reads the CI system's variables (GITHUB_STEP_SUMMARY); the process environment, or a test's stand-in.</summary>
    internal Func<string, string?> ReadEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>Whether the report replayed the last one, nothing it reads having changed since.</summary>
    internal bool Replayed { get; private set; }

    /// <summary>The report files written, for FileWrites.</summary>
    [Output]
    public ITaskItem[] ReportFiles { get; private set; } = [];

    /// <summary>The project's TreatWarningsAsErrors: true logs GG warnings as errors, as NuGet does its NU warnings.</summary>
    public string? TreatWarningsAsErrors { get; set; }

    /// <summary>The project's WarningsNotAsErrors: GG codes that stay warnings under TreatWarningsAsErrors.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>The project's NoWarn: GG codes left as warnings for MSBuild to suppress, never made errors.</summary>
    public string? NoWarn { get; set; }

    /// <summary>
    /// Beside the stored results: what the last report logged and wrote, replayed when nothing it read has changed (a no-op
    /// build), instead of reading and rendering everything again.
    /// </summary>
    internal const string ReplayFileName = "reported.txt";

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
        var step = new ReportStep
        {
            ResultsPath = ResultsPath,
            ProjectPath = ProjectPath,
            ReportDirectory = ReportDirectory,
            ReportFormats = ReportFormats,
            TargetFramework = TargetFramework,
            BaselineFile = BaselineFile,
            GenerateBaseline = GenerateBaseline,
            BaselineLockFile = BaselineLockFile,
            CheckedTargetFrameworks = CheckedTargetFrameworks,
            ReplayPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ResultsPath))!, ReplayFileName),
            ReadEnvironmentVariable = ReadEnvironmentVariable,
            SourceRoots = (SourceRoots ?? [])
                .Select(root => new SourceRoot(root.ItemSpec, root.GetMetadata("MappedPath"), root.GetMetadata("SourceControl"), root.GetMetadata("NestedRoot")))
                .ToList(),
        };
        var reported = step.Report(new TaskGateLog(Log, LogVisible, new WarningPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn)));
        Replayed = step.Replayed;
        ReportFiles = step.ReportFiles.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        return reported && !Log.HasLoggedErrors;
    }
}
