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

    public static ProcessResult Pack(RepositoryLayout layout, string packageProject, string configuration)
        => Run(layout, ["pack", packageProject, "-c", configuration, "-o", layout.Feed, .. IsolatedBuildSwitches]);

    public static ProcessResult Build(RepositoryLayout layout, string projectDirectory, string configuration)
        => Run(layout, ["build", projectDirectory, "-c", configuration, "-v:normal", .. IsolatedBuildSwitches]);

    private static ProcessResult Run(RepositoryLayout layout, string[] arguments)
    {
        Console.WriteLine($"    $ {Describe(layout, arguments)}");
        return ProcessRunner.Run("dotnet", arguments, layout.Root, ChildEnvironment);
    }

    /// <summary>The command line as a user would type it from the repository root.</summary>
    private static string Describe(RepositoryLayout layout, IEnumerable<string> arguments)
        => "dotnet " + string.Join(' ', arguments.Select(argument => Path.IsPathRooted(argument) ? layout.Relative(argument) : argument));
}
