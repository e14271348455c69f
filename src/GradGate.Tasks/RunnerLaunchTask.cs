using GradGate.Gate;
using Microsoft.Build.Framework;

namespace GradGate.Tasks;

/// <summary>
/// What the tasks that start the GradGate runner need to start it: <see cref="RunGradientChecks"/>, and
/// <see cref="StartGradientRunner"/>, which starts it before the compiler runs. Both take these from the same properties,
/// and a runner started early serves the run only when the two make the same command line.
/// </summary>
public abstract class RunnerLaunchTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The assembly whose [GradCheck] methods run: built, or about to be built when the runner starts early.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>obj/.../gradgate/: for the runner's requests and event streams and a generated runtimeconfig.json.</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = "";

    /// <summary>GradGate.Runner.dll in the package's tools/ folder.</summary>
    [Required]
    public string RunnerPath { get; set; } = "";

    /// <summary>The project's deps.json, which puts its NuGet dependencies within the runner's reach.</summary>
    public string? DepsFilePath { get; set; }

    /// <summary>The project's own runtimeconfig.json (apps have one); a class library gets a generated one.</summary>
    public string? RuntimeConfigPath { get; set; }

    /// <summary>The short name, such as net10.0, used in messages.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>Such as .NETCoreApp.</summary>
    public string? TargetFrameworkIdentifier { get; set; }

    /// <summary>Such as v10.0.</summary>
    public string? TargetFrameworkVersion { get; set; }

    /// <summary>The dotnet host MSBuild runs under (DOTNET_HOST_PATH); when empty, the first dotnet on PATH.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>Semicolon-separated NuGet package folders, passed to the host as probing paths.</summary>
    public string? NuGetPackageFolders { get; set; }

    /// <summary>GradGateMemoryLimit: megabytes of managed heap for the runner; 0 for no cap, empty for the default.</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>These parameters as the gate takes them, the same for both tasks.</summary>
    private protected RunnerSetup Setup() => new()
    {
        AssemblyPath = AssemblyPath,
        IntermediateDirectory = IntermediateDirectory,
        RunnerPath = RunnerPath,
        DepsFilePath = DepsFilePath,
        RuntimeConfigPath = RuntimeConfigPath,
        TargetFramework = TargetFramework,
        TargetFrameworkIdentifier = TargetFrameworkIdentifier,
        TargetFrameworkVersion = TargetFrameworkVersion,
        DotNetHostPath = DotNetHostPath,
        NuGetPackageFolders = NuGetPackageFolders,
        MemoryLimit = MemoryLimit,
    };
}
