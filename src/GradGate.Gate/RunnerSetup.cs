namespace GradGate.Gate;

/// <summary>
/// Where a run's checks are and how to start the runner for them, from the project: what the build's two tasks (the run,
/// and the runner started early) both pass to <see cref="CheckRun"/>, since a runner started early serves the run only
/// when the two prepare the same launch.
/// </summary>
internal sealed record RunnerSetup
{
    /// <summary>The built assembly that declares the checks: built, or about to be built when the runner starts early.</summary>
    public string AssemblyPath { get; init; } = "";

    /// <summary>For the runner's requests and event streams and a generated runtimeconfig.json (obj/.../gradgate/ in a build).</summary>
    public string IntermediateDirectory { get; init; } = "";

    /// <summary>GradGate.Runner.dll.</summary>
    public string RunnerPath { get; init; } = "";

    /// <summary>The project's deps.json, which puts its NuGet dependencies within the runner's reach.</summary>
    public string? DepsFilePath { get; init; }

    /// <summary>The project's own runtimeconfig.json (apps have one); a class library gets a generated one.</summary>
    public string? RuntimeConfigPath { get; init; }

    /// <summary>The short name, such as net10.0, used in messages.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>Such as .NETCoreApp.</summary>
    public string? TargetFrameworkIdentifier { get; init; }

    /// <summary>Such as v10.0.</summary>
    public string? TargetFrameworkVersion { get; init; }

    /// <summary>The dotnet host to run the runner with; when empty, the first dotnet on PATH.</summary>
    public string? DotNetHostPath { get; init; }

    /// <summary>Semicolon-separated NuGet package folders, passed to the host as probing paths.</summary>
    public string? NuGetPackageFolders { get; init; }

    /// <summary>Megabytes of managed heap for the runner; 0 for no cap, empty for the default.</summary>
    public string? MemoryLimit { get; init; }
}
