using GradGate.Results;

namespace GradGate.Cli.Inputs;

/// <summary>
/// A built assembly given directly: its deps.json and runtimeconfig.json are the ones the SDK wrote beside it (a class
/// library has no runtimeconfig.json; the gate then writes one for its framework, read from the assembly's metadata).
/// </summary>
internal static class AssemblyInput
{
    public static CheckInput? Resolve(string path, Func<string, string?> environment, out InputProblem? problem)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            problem = new InputProblem(
                DiagnosticCodes.UnreadableInput,
                fullPath,
                $"The assembly '{fullPath}' does not exist, so its [GradCheck] methods cannot be found. Build the project that declares "
                + "the checks and pass its output (bin/<configuration>/<framework>/<name>.dll), or pass the project file.");
            return null;
        }

        problem = null;
        var stem = Path.Combine(Path.GetDirectoryName(fullPath)!, Path.GetFileNameWithoutExtension(fullPath));
        return new CheckInput
        {
            AssemblyPath = fullPath,
            ProjectPath = fullPath,
            DepsFilePath = ExistingOrNull(stem + ".deps.json"),
            RuntimeConfigPath = ExistingOrNull(stem + ".runtimeconfig.json"),
            NuGetPackageFolders = NuGetPackageFolder(environment),
        };
    }

    /// <summary>Where restore put the packages a build-output deps.json names: NUGET_PACKAGES, else ~/.nuget/packages.</summary>
    private static string NuGetPackageFolder(Func<string, string?> environment)
        => environment("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string? ExistingOrNull(string path) => File.Exists(path) ? path : null;
}
