namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>
/// GradGate.Tool installed from the test run's feed as a user installs it (<c>dotnet tool install --tool-path</c>), once
/// per run, into the run's own package folder; run as <c>dotnet gradgate</c> with its folder on PATH.
/// </summary>
internal sealed class InstalledTool
{
    private static readonly object Gate = new();
    private static InstalledTool? _installed;

    private readonly PackageFixture _package;

    private InstalledTool(PackageFixture package, string directory)
    {
        _package = package;
        Directory = directory;
    }

    public string Directory { get; }

    public static InstalledTool For(PackageFixture package)
    {
        lock (Gate)
        {
            if (_installed is { } installed && installed._package == package)
            {
                return installed;
            }

            var directory = Path.Combine(package.WorkRoot, "tool");
            var install = DotNet.Run(
                package.WorkRoot,
                new Dictionary<string, string> { ["NUGET_PACKAGES"] = package.PackagesDirectory },
                "tool", "install", "GradGate.Tool", "--tool-path", directory, "--add-source", package.FeedDirectory, "--version", package.PackageVersion);
            Assert.True(install.ExitCode == 0, $"Installing GradGate.Tool failed:\n{install.Output}");
            _installed = new InstalledTool(package, directory);
            return _installed;
        }
    }

    /// <summary><c>dotnet gradgate ...</c> in <paramref name="workingDirectory"/>.</summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments)
        => DotNet.Run(
            workingDirectory,
            new Dictionary<string, string>
            {
                ["PATH"] = Directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
                ["NUGET_PACKAGES"] = _package.PackagesDirectory,
            },
            ["gradgate", .. arguments]);
}
