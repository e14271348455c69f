namespace GradGate.Cli.Inputs;

/// <summary>
/// What the gate needs to know about the built assembly whose checks run: the values a build passes to the tasks,
/// found from the project (evaluated) or from the files beside the assembly.
/// </summary>
internal sealed record CheckInput
{
    public required string AssemblyPath { get; init; }

    /// <summary>The project file, or the assembly itself when given an assembly: where problems without a source line are reported.</summary>
    public required string ProjectPath { get; init; }

    public string? DepsFilePath { get; init; }

    public string? RuntimeConfigPath { get; init; }

    public string? TargetFramework { get; init; }

    public string? TargetFrameworkIdentifier { get; init; }

    public string? TargetFrameworkVersion { get; init; }

    /// <summary>Semicolon-separated package folders the deps.json's packages are found in.</summary>
    public string? NuGetPackageFolders { get; init; }

    /// <summary>The project's own GradGate properties (GradGateErrorThreshold, ...), which the command line's options override.</summary>
    public IReadOnlyDictionary<string, string> ProjectSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The setting the project gives a GradGate property, or null when it gives none.</summary>
    public string? Setting(string property)
        => ProjectSettings.TryGetValue(property, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
