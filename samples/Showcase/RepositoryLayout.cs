namespace Showcase;

/// <summary>Where everything the showcase touches lives, relative to the repository root.</summary>
internal sealed class RepositoryLayout(string root)
{
    private const string SolutionFileName = "GradGate.sln";

    public string Root { get; } = root;

    /// <summary>The projects packed into the feed: GradGate, and GradGate.Xunit, which samples/GradientTests uses.</summary>
    public IReadOnlyList<string> PackageProjects => [Path.Combine(Root, "src", "GradGate.Package"), Path.Combine(Root, "src", "GradGate.Xunit")];

    public string Feed => Path.Combine(Root, "artifacts", "feed");

    /// <summary>The samples' own package folder (see samples/NuGet.Config), holding the restored GradGate packages.</summary>
    public IReadOnlyList<string> RestoredGradGatePackages => [Path.Combine(Root, "artifacts", "sample-packages", "gradgate"), Path.Combine(Root, "artifacts", "sample-packages", "gradgate.xunit")];

    public string LogDirectory => Path.Combine(Root, "artifacts", "showcase");

    public string Sample(string name) => Path.Combine(Root, "samples", name);

    public string Relative(string path) => Path.GetRelativePath(Root, path);

    /// <summary>The nearest directory at or above <paramref name="startDirectory"/> that holds GradGate.sln, if any.</summary>
    public static RepositoryLayout? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        return null;
    }
}
