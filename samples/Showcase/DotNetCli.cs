namespace Showcase;

/// <summary>
/// The dotnet commands the showcase runs. Every build runs without node reuse and without build servers,
/// so no MSBuild node or compiler server outlives the showcase, and at normal verbosity, where GradGate
/// prints its summary line.
/// </summary>
internal static class DotNetCli
{
    private static readonly string[] IsolatedBuildSwitches = ["-nodeReuse:false", "--disable-build-servers", "-tl:off"];

    private static readonly Dictionary<string, string> ChildEnvironment = new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        // The diagnostics are parsed from the build output, so keep its wording in English.
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
    };

    /// <summary>
    /// The version the repository packs, as MinVer computes it from git (docs/package.md): <c>dotnet msbuild -t:MinVer
    /// -getProperty:PackageVersion</c> on GradGate's package project; the version alone is the last line of its output.
    /// </summary>
    public static ProcessResult PackageVersion(RepositoryLayout layout, string configuration)
        => Run(layout, ["msbuild", layout.PackageProject, "-restore", "-t:MinVer", "-getProperty:PackageVersion", $"-p:Configuration={configuration}", "-nodeReuse:false"]);

    public static ProcessResult Pack(RepositoryLayout layout, string packageProject, string configuration, string version)
        => Run(layout, ["pack", packageProject, "-c", configuration, "-o", layout.Feed, $"-p:PackageVersion={version}", .. IsolatedBuildSwitches]);

    /// <summary>Packs the <c>dotnet gradgate</c> tool (GradGate.Tool) into the same feed.</summary>
    public static ProcessResult PackTool(RepositoryLayout layout, string configuration, string version)
        => Run(layout, ["pack", layout.ToolProject, "-c", configuration, "-o", layout.Feed, $"-p:PackageVersion={version}", .. IsolatedBuildSwitches]);

    /// <summary>Installs GradGate.Tool from the feed into the showcase's own tool folder and package folder, as a user installs a tool.</summary>
    public static ProcessResult InstallTool(RepositoryLayout layout, string version)
        => Run(
            layout,
            ["tool", "install", "GradGate.Tool", "--tool-path", layout.ToolDirectory, "--add-source", layout.Feed, "--version", version],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = layout.SamplePackages });

    /// <summary><c>dotnet gradgate ...</c> with the showcase's tool folder on PATH.</summary>
    public static ProcessResult GradGate(RepositoryLayout layout, params string[] arguments)
        => Run(
            layout,
            ["gradgate", .. arguments],
            new Dictionary<string, string> { ["PATH"] = layout.ToolDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

    public static ProcessResult Build(RepositoryLayout layout, string projectDirectory, string configuration)
        => Run(layout, ["build", projectDirectory, "-c", configuration, "-v:normal", .. IsolatedBuildSwitches]);

    /// <summary><c>dotnet test</c> on a test project, with the console logger, whose output the showcase reads.</summary>
    public static ProcessResult Test(RepositoryLayout layout, string project, params string[] arguments)
        => Run(layout, ["test", project, .. arguments, .. IsolatedBuildSwitches]);

    private static ProcessResult Run(RepositoryLayout layout, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        Console.WriteLine($"    $ {Describe(layout, arguments)}");
        var childEnvironment = new Dictionary<string, string>(ChildEnvironment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            childEnvironment[name] = value;
        }

        return ProcessRunner.Run("dotnet", arguments, layout.Root, childEnvironment);
    }

    /// <summary>The command line as a user would type it from the repository root.</summary>
    private static string Describe(RepositoryLayout layout, IEnumerable<string> arguments)
        => "dotnet " + string.Join(' ', arguments.Select(argument => Path.IsPathRooted(argument) ? layout.Relative(argument) : argument));
}
