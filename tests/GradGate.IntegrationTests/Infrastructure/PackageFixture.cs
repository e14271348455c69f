namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>
/// Packs GradGate, and the GradGate.Tool command-line tool, once per test run into a local feed, with a package folder
/// of its own, so every throwaway project restores the package just built and never a stale copy from the global cache.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        WorkRoot = Directory.CreateTempSubdirectory("gradgate-it-").FullName;
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        PackagesDirectory = Path.Combine(WorkRoot, "packages");
        // GradGate, GradGate.Xunit and the dotnet gradgate tool (GradGate.Tool), all at the same version.
        foreach (var project in new[] { RepositoryPaths.PackageProject, RepositoryPaths.XunitPackageProject, RepositoryPaths.ToolProject })
        {
            var pack = DotNet.Run(
                RepositoryPaths.Root,
                "pack", project,
                "-c", BuildConfiguration,
                "-o", FeedDirectory,
                // Pack what the test run already built: rebuilding here would rewrite outputs that other
                // test assemblies are using at the same moment.
                "--no-build",
                $"-p:PackageVersion={PackageVersion}",
                "-nodeReuse:false",
                "-tl:off");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"Packing {Path.GetFileNameWithoutExtension(project)} failed:\n{pack.Output}");
            }
        }
    }

    /// <summary>A version no cache can already hold; GradGate.Tool has the same.</summary>
    public string PackageVersion { get; } = $"0.1.0-it.{DateTime.UtcNow:yyyyMMddHHmmss}";

    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    internal static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("GRADGATE_KEEP_TEST_PROJECTS") != "1")
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed GradGate";
}
