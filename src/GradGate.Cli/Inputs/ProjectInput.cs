using System.Text.Json;
using GradGate.Results;

namespace GradGate.Cli.Inputs;

/// <summary>
/// A project file: its built assembly and what the gate's targets would pass for it, read by asking the SDK to evaluate
/// the project out of process (<c>dotnet msbuild -getProperty</c>). Out of process, because the SDK that builds the
/// project (chosen by its global.json) may need a newer runtime than the one this tool runs on to load its MSBuild.
/// </summary>
internal sealed class ProjectInput
{
    /// <summary>The project's GradGate settings the command line reads; its options override them.</summary>
    public static readonly string[] GateProperties =
    [
        "GradGateErrorThreshold", "GradGateWarningThreshold", "GradGateEpsilon", "GradGateFilter", "GradGateShard", "GradGateMode", "GradGateTimeout",
        "GradGateMemoryLimit", "GradGateMaxParallelChecks", "GradGateReportDirectory", "GradGateReportFormats", "GradGateBaselineFile",
    ];

    private static readonly string[] BuildProperties =
    [
        "MSBuildProjectFullPath", "TargetPath", "TargetDir", "TargetName", "TargetFramework", "TargetFrameworks", "TargetFrameworkIdentifier",
        "TargetFrameworkVersion", "ProjectDepsFilePath", "ProjectRuntimeConfigFilePath", "NuGetPackageFolders",
    ];

    private readonly string _dotNet;
    private readonly CancellationToken _cancellation;

    public ProjectInput(string dotNet, CancellationToken cancellation)
    {
        _dotNet = dotNet;
        _cancellation = cancellation;
    }

    /// <summary>Builds the project (with the gate switched off, as the tool runs the checks itself); null when the build succeeded.</summary>
    public InputProblem? Build(string projectPath, string configuration, string? framework, Action<string> show)
    {
        var fullPath = Path.GetFullPath(projectPath);
        List<string> arguments = ["build", fullPath, "-c", configuration, "-nologo", "-p:GradGateEnabled=false", "-tl:off"];
        if (framework is not null)
        {
            arguments.AddRange(["-f", framework]);
        }

        show($"GradGate: building {fullPath} ({configuration}{(framework is null ? "" : ", " + framework)})...");
        var build = ProcessCapture.Run(_dotNet, arguments, Path.GetDirectoryName(fullPath)!, _cancellation);
        if (build.ExitCode == 0 || _cancellation.IsCancellationRequested)
        {
            return null;
        }

        show(build.Output.TrimEnd());
        return new InputProblem(
            DiagnosticCodes.UnreadableInput,
            fullPath,
            $"Building the project failed (dotnet build exited with {build.ExitCode}; its output is above), so there is no assembly to check. "
            + "Fix the build errors and run again.");
    }

    public CheckInput? Resolve(string projectPath, string configuration, string? framework, out InputProblem? problem)
    {
        var fullPath = Path.GetFullPath(projectPath);
        if (!File.Exists(fullPath))
        {
            problem = new InputProblem(
                DiagnosticCodes.UnreadableInput,
                fullPath,
                $"The project '{fullPath}' does not exist. Pass the project file (.csproj) or the built assembly (.dll) that declares the checks.");
            return null;
        }

        var properties = Evaluate(fullPath, configuration, framework, out problem);
        if (properties is null)
        {
            return null;
        }

        if (framework is null && properties["TargetFramework"].Length == 0 && properties["TargetFrameworks"].Length > 0)
        {
            var frameworks = properties["TargetFrameworks"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (frameworks.Length != 1)
            {
                problem = new InputProblem(
                    DiagnosticCodes.BadConfiguration,
                    fullPath,
                    $"The project targets several frameworks ({string.Join(", ", frameworks)}), so it has one assembly per framework. "
                    + $"Pass --framework with the one to check, such as --framework {frameworks.FirstOrDefault()}.");
                return null;
            }

            return Resolve(projectPath, configuration, frameworks[0], out problem);
        }

        return FromProperties(fullPath, configuration, properties, out problem);
    }

    private static CheckInput? FromProperties(string fullPath, string configuration, IReadOnlyDictionary<string, string> properties, out InputProblem? problem)
    {
        var targetPath = properties["TargetPath"];
        var framework = properties["TargetFramework"];
        if (targetPath.Length == 0 || !File.Exists(targetPath))
        {
            var name = Path.GetFileName(fullPath);
            problem = new InputProblem(
                DiagnosticCodes.UnreadableInput,
                fullPath,
                $"The project has not been built for {configuration}{(framework.Length == 0 ? "" : " " + framework)}: its assembly "
                + $"'{targetPath}' does not exist. Build it first (dotnet build {name} -c {configuration}), or pass --build.");
            return null;
        }

        problem = null;
        var depsFile = properties["ProjectDepsFilePath"] is { Length: > 0 } deps ? deps : properties["TargetDir"] + properties["TargetName"] + ".deps.json";
        var runtimeConfig = properties["ProjectRuntimeConfigFilePath"];
        return new CheckInput
        {
            AssemblyPath = targetPath,
            ProjectPath = properties["MSBuildProjectFullPath"] is { Length: > 0 } project ? project : fullPath,
            DepsFilePath = depsFile,
            RuntimeConfigPath = runtimeConfig.Length > 0 && File.Exists(runtimeConfig) ? runtimeConfig : null,
            TargetFramework = framework,
            TargetFrameworkIdentifier = properties["TargetFrameworkIdentifier"],
            TargetFrameworkVersion = properties["TargetFrameworkVersion"],
            NuGetPackageFolders = properties["NuGetPackageFolders"],
            ProjectSettings = GateProperties.ToDictionary(property => property, property => properties[property]),
        };
    }

    private Dictionary<string, string>? Evaluate(string fullPath, string configuration, string? framework, out InputProblem? problem)
    {
        List<string> arguments = ["msbuild", fullPath, "-nologo", $"-p:Configuration={configuration}"];
        if (framework is not null)
        {
            arguments.Add($"-p:TargetFramework={framework}");
        }

        arguments.AddRange(BuildProperties.Concat(GateProperties).Select(property => "-getProperty:" + property));
        var evaluation = ProcessCapture.Run(_dotNet, arguments, Path.GetDirectoryName(fullPath)!, _cancellation);
        var properties = evaluation.ExitCode == 0 ? Parse(evaluation.Output) : null;
        if (properties is null)
        {
            problem = new InputProblem(
                DiagnosticCodes.UnreadableInput,
                fullPath,
                $"The SDK could not evaluate the project (dotnet msbuild exited with {evaluation.ExitCode}): "
                + $"{FirstLines(evaluation.Output + evaluation.Error)} Check that 'dotnet build' works for it.");
            return null;
        }

        problem = null;
        return properties;
    }

    /// <summary>Reads <c>{"Properties": {...}}</c>, what <c>-getProperty</c> prints for several properties; every asked property is present, empty when unset.</summary>
    internal static Dictionary<string, string>? Parse(string output)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            if (!document.RootElement.TryGetProperty("Properties", out var values) || values.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var properties = BuildProperties.Concat(GateProperties).ToDictionary(name => name, _ => "", StringComparer.Ordinal);
            foreach (var value in values.EnumerateObject())
            {
                properties[value.Name] = value.Value.GetString() ?? "";
            }

            return properties;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FirstLines(string text)
        => string.Join(" ", text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Take(5));
}
