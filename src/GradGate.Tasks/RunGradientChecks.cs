using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using GradGate.Results;
using GradGate.Tasks.BuildLog;
using GradGate.Tasks.Configuration;
using GradGate.Tasks.Discovery;
using GradGate.Tasks.Files;
using GradGate.Tasks.Filtering;
using GradGate.Tasks.Hosting;
using GradGate.Tasks.Naming;
using GradGate.Tasks.Running;
using GradGate.Tasks.Storage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks;

/// <summary>
/// Finds the [GradCheck] methods of the assembly just built (from metadata, without loading it), runs them
/// in the GradGate runner out of process, and stores the results at <see cref="ResultsPath"/> for
/// <see cref="ReportGradientChecks"/>. Logs only problems of its own (configuration, runtime, starting the
/// runner); the checks' findings are logged by the report task, on this build and on every later one.
/// </summary>
public sealed class RunGradientChecks : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The built assembly that declares the checks.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>Where the run's results (a RunResult JSON document) are written.</summary>
    [Required]
    public string ResultsPath { get; set; } = "";

    /// <summary>obj/.../gradgate/: for the runner's requests and event streams and a generated runtimeconfig.json.</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = "";

    /// <summary>GradGate.Runner.dll in the package's tools/net8.0/ folder.</summary>
    [Required]
    public string RunnerPath { get; set; } = "";

    [Required]
    public string ProjectPath { get; set; } = "";

    /// <summary>The project's deps.json, which puts its NuGet dependencies within the runner's reach.</summary>
    public string? DepsFilePath { get; set; }

    /// <summary>The project's own runtimeconfig.json (apps have one); a class library gets a generated one.</summary>
    public string? RuntimeConfigPath { get; set; }

    /// <summary>The short name, such as net10.0, used in messages.</summary>
    public string? TargetFramework { get; set; }

    public string? TargetFrameworkIdentifier { get; set; }

    /// <summary>Such as v10.0.</summary>
    public string? TargetFrameworkVersion { get; set; }

    /// <summary>The dotnet host MSBuild runs under (DOTNET_HOST_PATH); when empty, the first dotnet on PATH.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>Semicolon-separated NuGet package folders, passed to the host as probing paths.</summary>
    public string? NuGetPackageFolders { get; set; }

    public string? ErrorThreshold { get; set; }

    public string? WarningThreshold { get; set; }

    public string? Epsilon { get; set; }

    /// <summary>Semicolon-separated patterns with * wildcards, matched against each check's id and display name.</summary>
    public string? Filter { get; set; }

    /// <summary>full, fast or sampled for every check without its own; empty lets each check choose by its size.</summary>
    public string? Mode { get; set; }

    /// <summary>Seconds per check; 60 when empty.</summary>
    public string? Timeout { get; set; }

    /// <summary>GradGateMemoryLimit: megabytes of managed heap for the runner; 0 for no cap, empty for the default.</summary>
    public string? MemoryLimit { get; set; }

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
        var startedAtUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        if (!RemoveStaleResults())
        {
            return false;
        }

        var settings = ValidateSettings();
        var runnerProblems = new List<ConfigurationProblem>();
        var heapHardLimit = Configuration.MemoryLimit.ParseBytes(MemoryLimit, runnerProblems);
        var maxParallelChecks = ParallelChecks.Parse(MaxParallelChecks, runnerProblems);
        foreach (var runnerProblem in runnerProblems)
        {
            LogError(DiagnosticCodes.BadConfiguration, runnerProblem.Message);
        }

        if (settings is null || maxParallelChecks is not { } parallelChecks || runnerProblems.Count > 0 || !CheckInputsExist())
        {
            return false;
        }

        var assembly = CheckDiscovery.Discover(AssemblyPath, MapSourceRoots(), out var problem);
        if (assembly is null)
        {
            LogError(DiagnosticCodes.UnreadableInput, problem!);
            return false;
        }

        if (!assembly.HasPortablePdb)
        {
            Log.LogMessage(
                MessageImportance.Low,
                $"GradGate: no portable PDB matching '{AssemblyPath}' was found beside it or embedded in it, so diagnostics point at the "
                + "project file instead of each check's line. Build with <DebugType>portable</DebugType> or embedded to get lines.");
        }

        var selection = CheckSelection.Select(assembly, settings.Filter);
        var collector = new ResultCollector(selection.Selected.Where(check => !check.IsSkipped).ToList());
        if (!collector.IsFinished && !RunChecks(assembly, settings, heapHardLimit, parallelChecks, collector))
        {
            return false;
        }

        var run = new RunResult
        {
            ToolVersion = OwnVersion(),
            AssemblyPath = Path.GetFullPath(AssemblyPath),
            AssemblyName = assembly.AssemblyName,
            TargetFramework = string.IsNullOrWhiteSpace(TargetFramework) ? null : TargetFramework,
            ProjectPath = ProjectPath,
            StartedAtUtc = startedAtUtc,
            Settings = settings.ToRunDefaults(),
            Filter = settings.Filter.Text,
            Checks = selection.Selected.SelectMany(check => ResultsOf(check, collector)).ToList(),
            RunFindings = [.. OptionalFinding(selection.Finding), .. collector.RunFindings],
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
        NameCollisions.Reject(run.Checks);
        return !_cancellation.IsCancellationRequested && StoreResults(run) && !Log.HasLoggedErrors;
    }

    private static IEnumerable<Finding> OptionalFinding(Finding? finding) => finding is null ? [] : [finding];

    private static IEnumerable<CheckResult> ResultsOf(DiscoveredCheck check, ResultCollector collector)
    {
        var results = check.IsSkipped ? [SyntheticResults.Skipped(check)] : collector.ResultsOf(check);
        foreach (var result in results)
        {
            result.Source = check.Source;
        }

        return results;
    }

    private static string OwnVersion()
        => typeof(RunGradientChecks).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(RunGradientChecks).Assembly.GetName().Version?.ToString()
            ?? "";

    private SourcePathMap MapSourceRoots()
        => new((SourceRoots ?? []).Select(root => new SourceRoot(root.ItemSpec, root.GetMetadata("MappedPath"))));

    private GateSettings? ValidateSettings()
    {
        var problems = new List<ConfigurationProblem>();
        var settings = GateSettingsValidator.Validate(new RawGateSettings(ErrorThreshold, WarningThreshold, Epsilon, Timeout, Filter, Mode), problems);
        foreach (var problem in problems)
        {
            LogError(DiagnosticCodes.BadConfiguration, problem.Message);
        }

        return settings;
    }

    private bool CheckInputsExist()
    {
        if (!File.Exists(AssemblyPath))
        {
            LogError(
                DiagnosticCodes.UnreadableInput,
                $"The built assembly '{AssemblyPath}' does not exist, so its [GradCheck] methods cannot be found. Rebuild the project.");
        }

        if (!File.Exists(RunnerPath))
        {
            LogError(
                DiagnosticCodes.RunnerCrashed,
                $"The GradGate runner '{RunnerPath}' does not exist, so no check can run: the GradGate package looks incomplete. "
                + "Delete it from the NuGet package folder and restore again.");
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Results of an earlier run must not outlive a failed one: a later build then runs the checks again.</summary>
    private bool RemoveStaleResults()
    {
        try
        {
            if (File.Exists(ResultsPath))
            {
                File.Delete(ResultsPath);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                DiagnosticCodes.UnreadableInput,
                $"Cannot remove the results of the last GradGate run ('{ResultsPath}') before running again: {exception.Message} "
                + "Close whatever holds the file open and build again.");
            return false;
        }
    }

    private bool RunChecks(DiscoveredAssembly assembly, GateSettings settings, long? heapHardLimit, int maxParallelChecks, ResultCollector collector)
    {
        try
        {
            return PrepareLaunch(assembly) is { } launch && RunSession(launch with { HeapHardLimitBytes = heapHardLimit }, settings, maxParallelChecks, collector);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                DiagnosticCodes.RunnerCrashed,
                $"Cannot prepare the GradGate runner's files in '{IntermediateDirectory}': {exception.Message} Check that the folder is "
                + "writable and that no other build of this project is running.");
            return false;
        }
    }

    private bool RunSession(RunnerLaunch launch, GateSettings settings, int maxParallelChecks, ResultCollector collector)
    {
        // MSBuild passes obj/ paths relative to the project; the runner works in the output folder, so it gets full paths.
        var session = new RunnerSession(
            launch,
            Path.GetFullPath(IntermediateDirectory),
            detail => Log.LogMessage(MessageImportance.Low, detail),
            LogVisible);
        try
        {
            var end = session.Run(Path.GetFullPath(AssemblyPath), settings.ToRunDefaults(), maxParallelChecks, collector, _cancellation.Token);
            switch (end.Kind)
            {
                case SessionEndKind.Cancelled:
                    Log.LogMessage(MessageImportance.Normal, "GradGate: the build was cancelled; the runner was stopped and no results were stored.");
                    return false;
                case SessionEndKind.Interrupted:
                    LogError(DiagnosticCodes.RunInterrupted, end.Message!);
                    return false;
                default:
                    return true;
            }
        }
        catch (Win32Exception exception)
        {
            LogError(
                DiagnosticCodes.RunnerCrashed,
                $"Cannot start the GradGate runner with '{launch.HostPath}': {exception.Message}. Check that this is a working dotnet "
                + "host, or set DOTNET_HOST_PATH to one.");
            return false;
        }
    }

    private RunnerLaunch? PrepareLaunch(DiscoveredAssembly assembly)
    {
        var host = DotNetHost.Find(DotNetHostPath, Environment.GetEnvironmentVariable("PATH"));
        if (host is null)
        {
            LogError(
                DiagnosticCodes.RuntimeUnavailable,
                string.IsNullOrWhiteSpace(DotNetHostPath)
                    ? "No dotnet host was found on PATH to run the checks. Install the .NET runtime, or set DOTNET_HOST_PATH to the dotnet executable."
                    : $"The dotnet host '{DotNetHostPath}' (DOTNET_HOST_PATH) does not exist, so the checks cannot run. Point DOTNET_HOST_PATH at the dotnet executable.");
            return null;
        }

        var target = FrameworkTarget.Resolve(TargetFrameworkIdentifier, TargetFrameworkVersion, TargetFramework, assembly.TargetFrameworkMoniker);
        if (target is null)
        {
            LogError(
                DiagnosticCodes.RuntimeUnavailable,
                $"Cannot tell which framework {assembly.AssemblyName} targets: the build passed no TargetFrameworkIdentifier and "
                + "TargetFrameworkVersion, and the assembly has no [TargetFramework] attribute. Build it with the .NET SDK.");
            return null;
        }

        var choice = RuntimeSelection.Choose(target, assembly.AssemblyName, InstalledRuntimes.Beside(host));
        if (choice.Kind == RuntimeChoiceKind.Unavailable)
        {
            LogError(DiagnosticCodes.RuntimeUnavailable, choice.Message!);
            return null;
        }

        if (choice.Message is { } notice)
        {
            LogVisible("GradGate: " + notice);
        }

        Directory.CreateDirectory(IntermediateDirectory);
        var (runtimeConfig, rollForward) = PrepareRuntimeConfig(assembly, target, choice);
        return new RunnerLaunch(
            host,
            Path.GetFullPath(RunnerPath),
            runtimeConfig,
            ExistingFile(DepsFilePath),
            rollForward,
            SplitList(NuGetPackageFolders),
            Path.GetDirectoryName(Path.GetFullPath(AssemblyPath))!);
    }

    /// <summary>
    /// An app's own runtimeconfig.json when it has one and targets a framework the runner can use (with the
    /// roll-forward passed on the command line when needed); else one written for the assembly under obj/.
    /// </summary>
    private (string Path, string? RollForward) PrepareRuntimeConfig(DiscoveredAssembly assembly, FrameworkTarget target, RuntimeChoice choice)
    {
        if (ExistingFile(RuntimeConfigPath) is { } own && target.Version >= RuntimeSelection.RunnerMinimum)
        {
            return (own, choice.RollForward);
        }

        var generated = Path.GetFullPath(Path.Combine(IntermediateDirectory, assembly.AssemblyName + ".runtimeconfig.json"));
        RuntimeConfigFile.Write(generated, choice);
        return (generated, null);
    }

    private bool StoreResults(RunResult run)
    {
        try
        {
            RunResultStore.Write(ResultsPath, run);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                DiagnosticCodes.UnreadableInput,
                $"Cannot store the GradGate results at '{ResultsPath}': {exception.Message} Check that the folder is writable.");
            return false;
        }
    }

    private static string? ExistingFile(string? path)
        => !string.IsNullOrWhiteSpace(path) && File.Exists(path) ? Path.GetFullPath(path) : null;

    private static IReadOnlyList<string> SplitList(string? list)
        => (list ?? "")
            .Split([';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private void LogError(string code, string message)
        => Log.LogError(null, code, null, ProjectPath, 0, 0, 0, 0, message);
}
