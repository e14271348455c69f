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
}
