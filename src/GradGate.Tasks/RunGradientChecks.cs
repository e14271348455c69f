using GradGate.Gate;
using GradGate.Gate.Discovery;
using GradGate.Gate.Files;
using GradGate.Results;
using GradGate.Tasks.BuildLog;
using GradGate.Tasks.Files;
using GradGate.Tasks.Logging;
using GradGate.Tasks.Running;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks;

/// <summary>
/// Finds the [GradCheck] methods of the assembly just built (from metadata, without loading it), runs them
/// in the GradGate runner out of process, and stores the results at <see cref="ResultsPath"/> for
/// <see cref="ReportGradientChecks"/>. Logs only problems of its own (configuration, runtime, starting the
/// runner); the checks' findings are logged by the report task, on this build and on every later one.
/// The work is the gate's <c>CheckRun</c>, which the command-line tool runs too; this task adds the build's lock.
/// </summary>
public sealed class RunGradientChecks : RunnerLaunchTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>Where the run's results (a RunResult JSON document) are written.</summary>
    [Required]
    public string ResultsPath { get; set; } = "";

    [Required]
    public string ProjectPath { get; set; } = "";

    public string? ErrorThreshold { get; set; }

    public string? WarningThreshold { get; set; }

    public string? Epsilon { get; set; }

    /// <summary>Semicolon-separated patterns with * wildcards, matched against each check's id and display name.</summary>
    public string? Filter { get; set; }

    /// <summary><c>k/n</c>: only shard k of n of the checks, for a CI job matrix; empty for all.</summary>
    public string? Shard { get; set; }

    /// <summary>full, fast or sampled for every check without its own; empty lets each check choose by its size.</summary>
    public string? Mode { get; set; }

    /// <summary>Seconds per check; 60 when empty.</summary>
    public string? Timeout { get; set; }

    /// <summary>GradGateReportFormats: the formats the report task writes after this one, compiled while the checks run.</summary>
    public string? ReportFormats { get; set; }

    /// <summary>GradGateMaxParallelChecks: how many checks run at the same time; empty for the number of processors.</summary>
    public string? MaxParallelChecks { get; set; }

    /// <summary>
    /// The project's SourceRoot items, whose MappedPath metadata undoes a deterministic build's path map, so
    /// diagnostics name local files rather than <c>/_/</c> paths.
    /// </summary>
    public ITaskItem[]? SourceRoots { get; set; }

    /// <summary>
    /// The project's gate lock under obj/: held from before the checks run until the report task of this build has
    /// reported them, so two builds of one project take turns. Empty takes no lock.
    /// </summary>
    public string? LockFile { get; set; }

    /// <summary>The project's TreatWarningsAsErrors: true logs GG warnings as errors, as NuGet does its NU warnings.</summary>
    public string? TreatWarningsAsErrors { get; set; }

    /// <summary>The project's WarningsNotAsErrors: GG codes that stay warnings under TreatWarningsAsErrors.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>The project's NoWarn: GG codes left as warnings for MSBuild to suppress, never made errors.</summary>
    public string? NoWarn { get; set; }

    public void Cancel() => _cancellation.Cancel();

    /// <summary>A line every logger shows at normal verbosity, the terminal logger included.</summary>
    private void LogVisible(string text) => TerminalVisibleMessage.Log(BuildEngine, GetType().Name, text);

    public override bool Execute()
    {
        if (!TakeGateLock(out var held))
        {
            return false;
        }

        var succeeded = false;
        try
        {
            succeeded = RunAndStore();
            return succeeded;
        }
        finally
        {
            if (held is not null && succeeded)
            {
                GateLock.HandOver(BuildEngine, LockFile!, held);
            }
            else
            {
                held?.Dispose();
            }
        }
    }

    /// <summary>Waits for the project's gate lock when there is one; false when the build was cancelled meanwhile or the lock cannot be taken.</summary>
    private bool TakeGateLock(out ExclusiveFileLock? held)
    {
        held = null;
        if (string.IsNullOrWhiteSpace(LockFile))
        {
            return true;
        }

        try
        {
            held = GateLock.Take(LockFile!, Path.GetFileName(ProjectPath), _cancellation.Token, LogVisible);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                DiagnosticCodes.UnreadableInput,
                $"Cannot take GradGate's lock '{LockFile}', which keeps two builds of this project from running its checks at once: "
                + $"{exception.Message} Check that the obj folder is writable.");
            return false;
        }

        if (held is null)
        {
            Log.LogMessage(MessageImportance.Normal, "GradGate: the build was cancelled while it waited for another build of this project; nothing ran.");
        }

        return held is not null;
    }

    private bool RunAndStore()
    {
        using var standby = StandbyRegistry.TakeOver(BuildEngine, IntermediateDirectory);
        return new CheckRun
        {
            Setup = Setup(),
            ResultsPath = ResultsPath,
            ProjectPath = ProjectPath,
            ErrorThreshold = ErrorThreshold,
            WarningThreshold = WarningThreshold,
            Epsilon = Epsilon,
            Filter = Filter,
            Shard = Shard,
            Mode = Mode,
            Timeout = Timeout,
            MaxParallelChecks = MaxParallelChecks,
            ReportFormats = ReportFormats,
            SourceRoots = (SourceRoots ?? []).Select(root => new SourceRoot(root.ItemSpec, root.GetMetadata("MappedPath"))).ToList(),
            Standby = standby,
        }.RunAndStore(new TaskGateLog(Log, LogVisible, new WarningPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn)), _cancellation.Token);
    }

    private void LogError(string code, string message)
        => Log.LogError(null, code, null, ProjectPath, 0, 0, 0, 0, message);
}
