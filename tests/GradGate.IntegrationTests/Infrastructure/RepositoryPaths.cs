namespace GradGate.IntegrationTests.Infrastructure;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "GradGate.Package", "GradGate.Package.csproj");

    public static string XunitPackageProject => Path.Combine(Root, "src", "GradGate.Xunit", "GradGate.Xunit.csproj");
    public static string ToolProject => Path.Combine(Root, "src", "GradGate.Cli", "GradGate.Cli.csproj");

    public static string TemplatesProject => Path.Combine(Root, "src", "GradGate.Templates", "GradGate.Templates.csproj");

    /// <summary>Every project the fixture packs into its feed, in the order it packs them.</summary>
    public static IReadOnlyList<string> PackedProjects => [PackageProject, XunitPackageProject, ToolProject, TemplatesProject];

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GradGate.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GradGate.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
