using System.Globalization;
using GradGate.Cli.Inputs;
using GradGate.Cli.Output;
using GradGate.Gate;
using GradGate.Gate.Configuration;
using GradGate.Gate.Hosting;
using GradGate.Results;

namespace GradGate.Cli;

/// <summary>
/// <c>dotnet gradgate check</c>: finds what a build would pass to the gate, then runs the gate's own two steps, the
/// <see cref="CheckRun"/> with the runner beside this tool and the <see cref="ReportStep"/>, logging to the console.
/// The results live in a scratch folder for the run's length: nothing of a build's obj/ is touched.
/// </summary>
internal sealed class CheckCommand
{
    /// <summary>Codes of errors that leave no verdict on the gradients: the run could not happen or could not be reported.</summary>
    private static readonly string[] CouldNotRunCodes =
    [
        DiagnosticCodes.BadConfiguration, DiagnosticCodes.UnreadableInput, DiagnosticCodes.RuntimeUnavailable, DiagnosticCodes.RunInterrupted,
    ];

    private readonly ConsoleGateLog _log;
    private readonly string _runnerPath;
    private readonly Func<string, string?> _environment;

    /// <param name="runnerPath">GradGate.Runner.dll: the tool's runner/ folder, the same files as the package's tools/net8.0.</param>
    public CheckCommand(ConsoleGateLog log, string runnerPath, Func<string, string?> environment)
    {
        _log = log;
        _runnerPath = runnerPath;
        _environment = environment;
    }

    public int Run(CheckOptions options, CancellationToken cancellation)
    {
        var formatProblems = new List<ConfigurationProblem>();
        ReportFormatList.Parse(options.ReportFormats, formatProblems);
        if (formatProblems.Count > 0)
        {
            formatProblems.ForEach(problem => _log.Error(DiagnosticCodes.BadConfiguration, "", 0, 0, problem.Message));
            return ExitCodes.CouldNotRun;
        }

        var input = Resolve(options, cancellation);
        if (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }

        if (input is null)
        {
            return ExitCodes.CouldNotRun;
        }

        var scratch = Directory.CreateTempSubdirectory("gradgate-cli-").FullName;
        try
        {
            return RunAndReport(options, input, scratch, cancellation);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private int RunAndReport(CheckOptions options, CheckInput input, string scratch, CancellationToken cancellation)
    {
        var resultsPath = Path.Combine(scratch, "results.json");
        var progress = new ProgressLines(_log);
        var run = new CheckRun
        {
            Setup = new RunnerSetup
            {
                AssemblyPath = input.AssemblyPath,
                IntermediateDirectory = scratch,
                RunnerPath = _runnerPath,
                DepsFilePath = input.DepsFilePath,
                RuntimeConfigPath = input.RuntimeConfigPath,
                TargetFramework = input.TargetFramework,
                TargetFrameworkIdentifier = input.TargetFrameworkIdentifier,
                TargetFrameworkVersion = input.TargetFrameworkVersion,
                DotNetHostPath = _environment("DOTNET_HOST_PATH"),
                NuGetPackageFolders = input.NuGetPackageFolders,
                MemoryLimit = options.MemoryLimitMegabytes ?? input.Setting("GradGateMemoryLimit") ?? "4096",
            },
            ResultsPath = resultsPath,
            ProjectPath = input.ProjectPath,
            ErrorThreshold = options.ErrorThreshold ?? input.Setting("GradGateErrorThreshold"),
            WarningThreshold = options.WarningThreshold ?? input.Setting("GradGateWarningThreshold"),
            Epsilon = options.Epsilon ?? input.Setting("GradGateEpsilon"),
            Filter = options.Filter ?? input.Setting("GradGateFilter"),
            Shard = options.Shard ?? input.Setting("GradGateShard") ?? _environment("GRADGATE_SHARD"),
            Mode = options.Mode ?? input.Setting("GradGateMode"),
            Timeout = options.TimeoutSeconds ?? input.Setting("GradGateTimeout"),
            MaxParallelChecks = options.MaxParallelChecks ?? input.Setting("GradGateMaxParallelChecks")
                ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            Progress = progress.Hear,
        };
        if (!run.RunAndStore(_log, cancellation))
        {
            return cancellation.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.CouldNotRun;
        }

        var report = new ReportStep
        {
            ResultsPath = resultsPath,
            ProjectPath = input.ProjectPath,
            ReportDirectory = ReportDirectory(options, input),
            ReportFormats = options.ReportFormats ?? input.Setting("GradGateReportFormats") ?? "json;junit;markdown",
            TargetFramework = input.TargetFramework,
            BaselineFile = Baseline(options, input),
            ReadEnvironmentVariable = _environment,
        };
        report.Report(_log);
        foreach (var file in report.ReportFiles)
        {
            _log.Message(Gate.Logging.LogImportance.Normal, $"GradGate: wrote {file}");
        }

        return ExitCode(_log.ErrorCodes);
    }

    /// <summary>0 without errors; 2 when an error leaves no verdict; else 1, a check failed.</summary>
    internal static int ExitCode(IReadOnlyList<string> errorCodes)
        => errorCodes.Count == 0 ? ExitCodes.Passed
            : errorCodes.Any(code => CouldNotRunCodes.Contains(code, StringComparer.Ordinal)) ? ExitCodes.CouldNotRun
            : ExitCodes.Failed;

    private CheckInput? Resolve(CheckOptions options, CancellationToken cancellation)
    {
        InputProblem? problem;
        CheckInput? input;
        if (options.IsProject)
        {
            if (DotNetHost.Find(_environment("DOTNET_HOST_PATH"), _environment("PATH")) is not { } dotNet)
            {
                _log.Error(
                    DiagnosticCodes.RuntimeUnavailable,
                    Path.GetFullPath(options.Input),
                    0,
                    0,
                    "No dotnet host was found on PATH to evaluate the project. Install the .NET SDK, or set DOTNET_HOST_PATH to the dotnet executable.");
                return null;
            }

            var project = new ProjectInput(dotNet, cancellation);
            problem = options.Build && File.Exists(options.Input) ? project.Build(options.Input, options.Configuration, options.Framework, _log.WriteLine) : null;
            input = problem is null && !cancellation.IsCancellationRequested
                ? project.Resolve(options.Input, options.Configuration, options.Framework, out problem)
                : null;
        }
        else
        {
            input = AssemblyInput.Resolve(options.Input, _environment, out problem);
        }

        if (problem is not null)
        {
            _log.Error(problem.Code, problem.File, 0, 0, problem.Message);
        }

        return input;
    }

    /// <summary>An option's path is relative to the current folder; a project's setting to the project's folder (as the report step takes it).</summary>
    private static string ReportDirectory(CheckOptions options, CheckInput input)
        => options.ReportDirectory is { } fromOption ? Path.GetFullPath(fromOption)
            : input.Setting("GradGateReportDirectory") ?? Path.Combine(Path.GetDirectoryName(input.AssemblyPath)!, "gradgate");

    private static string? Baseline(CheckOptions options, CheckInput input)
        => options.Baseline is { } fromOption ? Path.GetFullPath(fromOption)
            : !string.Equals(input.ProjectPath, input.AssemblyPath, StringComparison.Ordinal)
                ? input.Setting("GradGateBaselineFile") ?? Path.Combine(Path.GetDirectoryName(input.ProjectPath)!, "GradGate.baseline.json")
                : null;

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A scratch folder under the temporary folder; the system cleans it up.
        }
    }
}
