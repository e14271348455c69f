namespace GradGate.Gate.Hosting;

/// <summary>
/// Decides which installed Microsoft.NETCore.App runs the checks: the target framework's own major version
/// when it is installed, else the newest later one (with a message saying so). The runner is built for
/// net8.0, so an older target asks for 8.0 or later.
/// </summary>
internal static class RuntimeSelection
{
    public static readonly Version RunnerMinimum = new(8, 0);

    /// <param name="installed">The installed Microsoft.NETCore.App versions; null when they could not be listed.</param>
    public static RuntimeChoice Choose(FrameworkTarget target, string assemblyName, IReadOnlyCollection<Version>? installed)
    {
        if (target.Identifier != FrameworkTarget.NetCoreIdentifier)
        {
            return new RuntimeChoice(RuntimeChoiceKind.Unavailable, target.Version, NotExecutable(target, assemblyName));
        }

        var requested = target.Version < RunnerMinimum ? RunnerMinimum : new Version(target.Version.Major, target.Version.Minor);
        if (installed is null)
        {
            return new RuntimeChoice(RuntimeChoiceKind.HostDecides, requested, null);
        }

        var sameMajor = installed.Where(version => version.Major == requested.Major && version >= requested).OrderByDescending(version => version).FirstOrDefault();
        if (sameMajor is not null)
        {
            var message = target.Version < RunnerMinimum
                ? $"{assemblyName} targets {target.ShortName}, but the GradGate runner needs .NET {Show(RunnerMinimum)} or later: "
                    + $"its checks run on the installed .NET {sameMajor}."
                : null;
            return new RuntimeChoice(RuntimeChoiceKind.Exact, requested, message);
        }

        var newest = installed.Where(version => version.Major > requested.Major).OrderByDescending(version => version).FirstOrDefault();
        if (newest is not null)
        {
            return new RuntimeChoice(
                RuntimeChoiceKind.RollForward,
                requested,
                $"{assemblyName} targets {target.ShortName}, but no .NET {requested.Major} runtime is installed: its checks run on "
                + $".NET {newest} (rollForward LatestMajor). Install the .NET {requested.Major} runtime to check on the framework the project targets.");
        }

        return new RuntimeChoice(
            RuntimeChoiceKind.Unavailable,
            requested,
            $"{assemblyName} targets {target.ShortName}, but no .NET runtime of version {Show(requested)} or later is installed "
            + $"(installed: {Describe(installed)}), so its checks cannot run. Install the .NET {requested.Major} runtime, or target an installed one.");
    }

    private static string NotExecutable(FrameworkTarget target, string assemblyName)
    {
        var why = target.Identifier == FrameworkTarget.NetStandardIdentifier
            ? "a .NET Standard assembly is a contract, not something a runtime can execute"
            : $"GradGate runs checks on .NET {Show(RunnerMinimum)} or later, not on {target.Identifier}";
        return $"{assemblyName} targets {target.ShortName}, and {why}: no runtime can run this target framework. Make the project that "
            + $"declares the [GradCheck] methods target a runtime framework such as net{Show(RunnerMinimum)} (for a library, add it to "
            + "<TargetFrameworks> or move the checks to a separate checks project).";
    }

    private static string Describe(IReadOnlyCollection<Version> installed)
        => installed.Count == 0 ? "none" : string.Join(", ", installed.OrderBy(version => version).Select(version => version.ToString()));

    private static string Show(Version version) => version.ToString(2);
}
