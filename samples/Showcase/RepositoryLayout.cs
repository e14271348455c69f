namespace Showcase;

/// <summary>Where everything the showcase touches lives, relative to the repository root.</summary>
internal sealed class RepositoryLayout(string root)
{
    private const string SolutionFileName = "GradGate.sln";

    public string Root { get; } = root;

    /// <summary>
    /// The projects packed into the feed: GradGate, GradGate.Xunit, which samples/GradientTests uses, and GradGate.Templates
    /// (<c>dotnet new gradcheck</c>).
    /// </summary>
    public IReadOnlyList<string> PackageProjects => [PackageProject, Path.Combine(Root, "src", "GradGate.Xunit"), Path.Combine(Root, "src", "GradGate.Templates")];

    /// <summary>GradGate's package project, whose version (from git) every package of the feed shares.</summary>
    public string PackageProject => Path.Combine(Root, "src", "GradGate.Package", "GradGate.Package.csproj");

    public string ToolProject => Path.Combine(Root, "src", "GradGate.Cli");

    public string Feed => Path.Combine(Root, "artifacts", "feed");

    /// <summary>Where the showcase installs <c>dotnet gradgate</c> (<c>dotnet tool install --tool-path</c>).</summary>
    public string ToolDirectory => Path.Combine(Root, "artifacts", "tool");

    /// <summary>The samples' own package folder (see samples/NuGet.Config).</summary>
    public string SamplePackages => Path.Combine(Root, "artifacts", "sample-packages");

    /// <summary>
    /// The version the showcase packed last, as an MSBuild property the samples import (samples/Directory.Build.props).
    /// </summary>
    public string VersionFile => Path.Combine(Root, "artifacts", "gradgate-version.props");

    /// <summary>The showcase's tool's restored package, cleared with the tool folder so a re-packed version is installed afresh.</summary>
    public string RestoredTool => Path.Combine(SamplePackages, "gradgate.tool");

    /// <summary>The restored GradGate packages in the samples' own package folder, cleared so that the samples restore the packages just packed.</summary>
    public IReadOnlyList<string> RestoredGradGatePackages => [Path.Combine(SamplePackages, "gradgate"), Path.Combine(SamplePackages, "gradgate.xunit")];

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
