using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using GradGate.Gate.Configuration;
using GradGate.Gate.Discovery;
using GradGate.Gate.Filtering;
using GradGate.Gate.Hosting;
using GradGate.Gate.Logging;
using GradGate.Gate.Naming;
using GradGate.Gate.Running;
using GradGate.Gate.Storage;
using GradGate.Results;

namespace GradGate.Gate;

/// <summary>
/// The first half of the gate: finds the [GradCheck] methods of a built assembly (from metadata, without loading it),
/// runs them in the GradGate runner out of process, and stores the results at <see cref="ResultsPath"/> for
/// <see cref="ReportStep"/>. Logs only problems of its own (configuration, runtime, starting the runner); the checks'
/// findings are logged by the report step. The settings arrive as the text the user wrote (an MSBuild property, a
/// command-line option) and are validated here, so both doors say the same about a bad value.
/// </summary>
internal sealed class CheckRun
{
    /// <summary>Where the checks are and how to start the runner for them: what a runner started early must agree on with the run.</summary>
    public RunnerSetup Setup { get; init; } = new();

    /// <summary>Where the run's results (a RunResult JSON document) are written.</summary>
    public string ResultsPath { get; init; } = "";

    /// <summary>The project the checks belong to: where problems of the run are reported, and recorded in the results.</summary>
    public string ProjectPath { get; init; } = "";

    public string? ErrorThreshold { get; init; }

    public string? WarningThreshold { get; init; }

    public string? Epsilon { get; init; }

    /// <summary>Semicolon-separated patterns with * wildcards, matched against each check's id and display name.</summary>
    public string? Filter { get; init; }

    /// <summary><c>k/n</c>: run only shard k of n of the selected checks (GradGateShard), for a CI job matrix.</summary>
    public string? Shard { get; init; }

    /// <summary>full, fast or sampled for every check without its own; empty lets each check choose by its size.</summary>
    public string? Mode { get; init; }

    /// <summary>Seconds per check; 60 when empty.</summary>
    public string? Timeout { get; init; }

    /// <summary>How many checks run at the same time; empty for the number of processors.</summary>
    public string? MaxParallelChecks { get; init; }

    /// <summary>Source roots whose mapped paths undo a deterministic build's path map, so diagnostics name local files rather than <c>/_/</c> paths.</summary>
    public IReadOnlyList<SourceRoot> SourceRoots { get; init; } = [];

    /// <summary>
    /// The report formats the report step that follows in this process will write (GradGateReportFormats), which
    /// <see cref="ReportWarmUp"/> compiles while the checks run; null or empty compiles none.
    /// </summary>
    public string? ReportFormats { get; init; }

    /// <summary>Hears each event of the runner as it is read, while the checks run: the command line's progress.</summary>
    public Action<RunnerEvent>? Progress { get; init; }

    /// <summary>
    /// A runner the build started on standby while it compiled (<see cref="StartStandby"/>), used when it fits; the
    /// caller disposes it after the run, which dismisses it if it was not used.
    /// </summary>
    public RunnerStandby? Standby { get; init; }

    /// <summary>
    /// Starts a runner on standby for the checks this run will run, before the build compiles them: with the launch the
    /// run will prepare, from the files of the build before (the deps.json, the runtimeconfig.json). Logs nothing and never
    /// fails: null where no runner can be prepared yet (the first build, a clean one, a setting the run will reject), or
    /// the runtimeconfig.json the run writes is not written yet, which the standby does not write outside the gate's lock.
    /// </summary>
    public RunnerStandby? StartStandby()
    {
        var quiet = new QuietGateLog();
        var problems = new List<ConfigurationProblem>();
        var heapHardLimit = Configuration.MemoryLimit.ParseBytes(Setup.MemoryLimit, problems);
        if (problems.Count > 0
            || !File.Exists(Setup.RunnerPath)
            || ExistingFile(Setup.DepsFilePath) is null
            || PrepareLaunch(quiet, Path.GetFileNameWithoutExtension(Setup.AssemblyPath), assemblyTargetFramework: null, mayWrite: false) is not { } launch
            || quiet.HasLoggedErrors)
        {
            return null;
        }

        try
        {
            return RunnerStandby.Start(launch with { HeapHardLimitBytes = heapHardLimit });
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs the checks and stores their results; false, with the reason logged, when there are no results to report.</summary>
    public bool RunAndStore(IGateLog log, CancellationToken cancellation)
    {
        var startedAtUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        ReportWarmUp.Start(ResultsPath, ReportFormats, SourceRoots, ProjectPath);
        if (!RemoveStaleResults(log))
        {
            return false;
        }

        var settings = ValidateSettings(log);
        var runnerProblems = new List<ConfigurationProblem>();
        var heapHardLimit = Configuration.MemoryLimit.ParseBytes(Setup.MemoryLimit, runnerProblems);
        var maxParallelChecks = ParallelChecks.Parse(MaxParallelChecks, runnerProblems);
        foreach (var runnerProblem in runnerProblems)
        {
            LogError(log, DiagnosticCodes.BadConfiguration, runnerProblem.Message);
        }

        if (settings is null || maxParallelChecks is not { } parallelChecks || runnerProblems.Count > 0 || !CheckInputsExist(log))
        {
            return false;
        }

        var assembly = CheckDiscovery.Discover(Setup.AssemblyPath, new SourcePathMap(SourceRoots), out var problem);
        if (assembly is null)
        {
            LogError(log, DiagnosticCodes.UnreadableInput, problem!);
            return false;
        }

        if (!assembly.HasPortablePdb)
        {
            log.Message(
                LogImportance.Low,
                $"GradGate: no portable PDB matching '{Setup.AssemblyPath}' was found beside it or embedded in it, so diagnostics point at the "
                + "project file instead of each check's line. Build with <DebugType>portable</DebugType> or embedded to get lines.");
        }

        var selection = CheckSelection.Select(assembly, settings.Filter, settings.Shard);
        var collector = new ResultCollector(selection.Selected.Where(check => !check.IsSkipped).ToList());
        if (!collector.IsFinished && !RunChecks(log, assembly, settings, heapHardLimit, parallelChecks, collector, cancellation))
        {
            return false;
        }

        var run = new RunResult
        {
            ToolVersion = OwnVersion(),
            AssemblyPath = Path.GetFullPath(Setup.AssemblyPath),
            AssemblyName = assembly.AssemblyName,
            TargetFramework = string.IsNullOrWhiteSpace(Setup.TargetFramework) ? null : Setup.TargetFramework,
            ProjectPath = ProjectPath,
            StartedAtUtc = startedAtUtc,
            Settings = settings.ToRunDefaults(),
            Filter = settings.Filter.Text,
            Shard = settings.Shard?.ToString(),
            Checks = selection.Selected.SelectMany(check => ResultsOf(check, collector)).ToList(),
            RunFindings = [.. OptionalFinding(selection.Finding), .. collector.RunFindings],
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
        run.RunFindings.AddRange(OptionalFinding(selection.NoMemberSelected(run.Checks, settings.Filter)));
        NameCollisions.Reject(run.Checks);
        return !cancellation.IsCancellationRequested && StoreResults(log, run) && !log.HasLoggedErrors;
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
        => typeof(CheckRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CheckRun).Assembly.GetName().Version?.ToString()
            ?? "";

    private GateSettings? ValidateSettings(IGateLog log)
    {
        var problems = new List<ConfigurationProblem>();
        var settings = GateSettingsValidator.Validate(new RawGateSettings(ErrorThreshold, WarningThreshold, Epsilon, Timeout, Filter, Mode, Shard), problems);
        foreach (var problem in problems)
        {
            LogError(log, DiagnosticCodes.BadConfiguration, problem.Message);
        }

        return settings;
    }

    private bool CheckInputsExist(IGateLog log)
    {
        if (!File.Exists(Setup.AssemblyPath))
        {
            LogError(
                log,
                DiagnosticCodes.UnreadableInput,
                $"The built assembly '{Setup.AssemblyPath}' does not exist, so its [GradCheck] methods cannot be found. Rebuild the project.");
        }

        if (!File.Exists(Setup.RunnerPath))
        {
            LogError(
                log,
                DiagnosticCodes.RunnerCrashed,
                $"The GradGate runner '{Setup.RunnerPath}' does not exist, so no check can run: the GradGate package looks incomplete. "
                + "Delete it from the NuGet package folder and restore again.");
        }

        return !log.HasLoggedErrors;
    }

    /// <summary>Results of an earlier run must not outlive a failed one: a later build then runs the checks again.</summary>
    private bool RemoveStaleResults(IGateLog log)
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
                log,
                DiagnosticCodes.UnreadableInput,
                $"Cannot remove the results of the last GradGate run ('{ResultsPath}') before running again: {exception.Message} "
                + "Close whatever holds the file open and build again.");
            return false;
        }
    }

    private bool RunChecks(
        IGateLog log,
        DiscoveredAssembly assembly,
        GateSettings settings,
        long? heapHardLimit,
        int maxParallelChecks,
        ResultCollector collector,
        CancellationToken cancellation)
    {
        try
        {
            return PrepareLaunch(log, assembly.AssemblyName, assembly.TargetFrameworkMoniker, mayWrite: true) is { } launch
                && RunSession(log, launch with { HeapHardLimitBytes = heapHardLimit }, settings, maxParallelChecks, collector, cancellation);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                log,
                DiagnosticCodes.RunnerCrashed,
                $"Cannot prepare the GradGate runner's files in '{Setup.IntermediateDirectory}': {exception.Message} Check that the folder is "
                + "writable and that no other build of this project is running.");
            return false;
        }
    }

    private bool RunSession(
        IGateLog log,
        RunnerLaunch launch,
        GateSettings settings,
        int maxParallelChecks,
        ResultCollector collector,
        CancellationToken cancellation)
    {
        // MSBuild passes obj/ paths relative to the project; the runner works in the output folder, so it gets full paths.
        var session = new RunnerSession(
            launch,
            Path.GetFullPath(Setup.IntermediateDirectory),
            detail => log.Message(LogImportance.Low, detail),
            notice => log.Message(LogImportance.High, notice),
            Progress,
            Standby);
        try
        {
            var end = session.Run(Path.GetFullPath(Setup.AssemblyPath), settings.ToRunDefaults(), maxParallelChecks, collector, cancellation);
            switch (end.Kind)
            {
                case SessionEndKind.Cancelled:
                    log.Message(LogImportance.Normal, "GradGate: the build was cancelled; the runner was stopped and no results were stored.");
                    return false;
                case SessionEndKind.Interrupted:
                    LogError(log, DiagnosticCodes.RunInterrupted, end.Message!);
                    return false;
                default:
                    return true;
            }
        }
        catch (Win32Exception exception)
        {
            LogError(
                log,
                DiagnosticCodes.RunnerCrashed,
                $"Cannot start the GradGate runner with '{launch.HostPath}': {exception.Message}. Check that this is a working dotnet "
                + "host, or set DOTNET_HOST_PATH to one.");
            return false;
        }
    }

    /// <param name="assemblyTargetFramework">The assembly's [TargetFramework] attribute, for a build that passed no framework.</param>
    /// <param name="mayWrite">Whether a class library's runtimeconfig.json may be written; false takes it only as already written.</param>
    private RunnerLaunch? PrepareLaunch(IGateLog log, string assemblyName, string? assemblyTargetFramework, bool mayWrite)
    {
        var host = DotNetHost.Find(Setup.DotNetHostPath, Environment.GetEnvironmentVariable("PATH"));
        if (host is null)
        {
            LogError(
                log,
                DiagnosticCodes.RuntimeUnavailable,
                string.IsNullOrWhiteSpace(Setup.DotNetHostPath)
                    ? "No dotnet host was found on PATH to run the checks. Install the .NET runtime, or set DOTNET_HOST_PATH to the dotnet executable."
                    : $"The dotnet host '{Setup.DotNetHostPath}' (DOTNET_HOST_PATH) does not exist, so the checks cannot run. Point DOTNET_HOST_PATH at the dotnet executable.");
            return null;
        }

        var target = FrameworkTarget.Resolve(Setup.TargetFrameworkIdentifier, Setup.TargetFrameworkVersion, Setup.TargetFramework, assemblyTargetFramework);
        if (target is null)
        {
            LogError(
                log,
                DiagnosticCodes.RuntimeUnavailable,
                $"Cannot tell which framework {assemblyName} targets: the build passed no TargetFrameworkIdentifier and "
                + "TargetFrameworkVersion, and the assembly has no [TargetFramework] attribute. Build it with the .NET SDK.");
            return null;
        }

        var choice = RuntimeSelection.Choose(target, assemblyName, InstalledRuntimes.Beside(host));
        if (choice.Kind == RuntimeChoiceKind.Unavailable)
        {
            LogError(log, DiagnosticCodes.RuntimeUnavailable, choice.Message!);
            return null;
        }

        if (choice.Message is { } notice)
        {
            log.Message(LogImportance.High, "GradGate: " + notice);
        }

        if (mayWrite)
        {
            Directory.CreateDirectory(Setup.IntermediateDirectory);
        }

        if (PrepareRuntimeConfig(assemblyName, target, choice, mayWrite) is not var (runtimeConfig, rollForward))
        {
            return null;
        }

        var depsFile = ExistingFile(Setup.DepsFilePath);
        var hostPlatform = PrecompiledPlatform.Host();
        var foreignPlatform = PrecompiledPlatform.Foreign(depsFile, hostPlatform);
        if (foreignPlatform is not null)
        {
            log.Message(
                LogImportance.Normal,
                $"GradGate: {assemblyName} is built for {foreignPlatform}, whose precompiled GradGate code this {hostPlatform} machine cannot "
                + "run: its checks run with precompiled code switched off (DOTNET_ReadyToRun=0), which makes the runner slower to start.");
        }

        return new RunnerLaunch(
            host,
            Path.GetFullPath(Setup.RunnerPath),
            runtimeConfig,
            depsFile,
            rollForward,
            SplitList(Setup.NuGetPackageFolders),
            Path.GetDirectoryName(Path.GetFullPath(Setup.AssemblyPath))!)
        {
            WithoutPrecompiledCode = foreignPlatform is not null,
            CallCountingDelayMs = RunnerTiering.DelayFor(Environment.GetEnvironmentVariable),
        };
    }

    /// <summary>
    /// An app's own runtimeconfig.json when it has one and targets a framework the runner can use (with the
    /// roll-forward passed on the command line when needed); else one written for the assembly under obj/. Null when
    /// that one may not be written (<paramref name="mayWrite"/>) and is not already there as it would be written.
    /// </summary>
    private (string Path, string? RollForward)? PrepareRuntimeConfig(string assemblyName, FrameworkTarget target, RuntimeChoice choice, bool mayWrite)
    {
        if (ExistingFile(Setup.RuntimeConfigPath) is { } own && target.Version >= RuntimeSelection.RunnerMinimum)
        {
            return (own, choice.RollForward);
        }

        var generated = Path.GetFullPath(Path.Combine(Setup.IntermediateDirectory, assemblyName + ".runtimeconfig.json"));
        if (mayWrite)
        {
            RuntimeConfigFile.Write(generated, choice);
        }
        else if (!RuntimeConfigFile.IsWritten(generated, choice))
        {
            return null;
        }

        return (generated, null);
    }

    private bool StoreResults(IGateLog log, RunResult run)
    {
        try
        {
            RunResultStore.Write(ResultsPath, run);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogError(
                log,
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

    private void LogError(IGateLog log, string code, string message) => log.Error(code, ProjectPath, 0, 0, message);
}
