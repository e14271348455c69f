using System.Diagnostics;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>The package version the repository's build computes (MinVer), read as a user would: <c>dotnet msbuild -getProperty</c>.</summary>
internal static class PackedVersion
{
    /// <param name="restore">
    /// Restore first: for a project nothing has restored yet. The repository's own projects were restored by the test run's
    /// build, and restoring them again while other test assemblies run could rewrite what those read.
    /// </param>
    public static string Of(string workingDirectory, string project, bool restore)
    {
        var query = DotNet.Run(
            workingDirectory,
            ["msbuild", project, .. restore ? ["-restore"] : Array.Empty<string>(), "-t:MinVer", "-getProperty:PackageVersion", $"-p:Configuration={PackageFixture.BuildConfiguration}", "-nodeReuse:false"]);
        var version = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (query.ExitCode != 0 || string.IsNullOrEmpty(version) || !char.IsAsciiDigit(version[0]))
        {
            throw new InvalidOperationException($"Reading the package version of {project} failed (exit code {query.ExitCode}):\n{query.Output}");
        }

        return version;
    }

    /// <summary>
    /// The version the test run's build gave GradGate.dll (its informational version without the commit): what the fixture
    /// packs without building, so the packages and the assemblies in them agree even when a commit was made since the build.
    /// </summary>
    public static string OfBuiltApi()
    {
        var api = Path.Combine(RepositoryPaths.Root, "src", "GradGate", "bin", PackageFixture.BuildConfiguration, "netstandard2.0", "GradGate.dll");
        var informational = File.Exists(api) ? FileVersionInfo.GetVersionInfo(api).ProductVersion : null;
        if (string.IsNullOrEmpty(informational))
        {
            throw new InvalidOperationException($"{api} has no informational version: build the integration tests' project first.");
        }

        return informational.Split('+')[0];
    }
}
