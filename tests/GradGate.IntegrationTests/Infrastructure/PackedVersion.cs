namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>The package version the repository's build computes (MinVer), read as a user would: <c>dotnet msbuild -getProperty</c>.</summary>
internal static class PackedVersion
{
    public static string Of(string workingDirectory, string project, params string[] extraArguments)
    {
        var query = DotNet.Run(
            workingDirectory,
            ["msbuild", project, "-restore", "-t:MinVer", "-getProperty:PackageVersion", $"-p:Configuration={PackageFixture.BuildConfiguration}", "-nodeReuse:false", .. extraArguments]);
        var version = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (query.ExitCode != 0 || string.IsNullOrEmpty(version) || !char.IsAsciiDigit(version[0]))
        {
            throw new InvalidOperationException($"Reading the package version of {project} failed (exit code {query.ExitCode}):\n{query.Output}");
        }

        return version;
    }
}
