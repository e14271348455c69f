namespace GradGate.Gate.Hosting;

internal enum RuntimeChoiceKind
{
    /// <summary>The requested major version is installed.</summary>
    Exact,

    /// <summary>Only a newer major version is installed: run there with <c>rollForward: LatestMajor</c>.</summary>
    RollForward,

    /// <summary>The installed runtimes could not be listed: let the host pick with <c>rollForward: Major</c>.</summary>
    HostDecides,

    /// <summary>Nothing installed can run the assembly.</summary>
    Unavailable,
}

/// <summary>Which Microsoft.NETCore.App the runner asks for, and what to tell the user about it.</summary>
/// <param name="RequestedVersion">The framework version the runtimeconfig names: the target's, or 8.0 when the target is older than the runner.</param>
/// <param name="Message">For the log: why the checks run on another runtime than the target's, or why they cannot run.</param>
internal sealed record RuntimeChoice(RuntimeChoiceKind Kind, Version RequestedVersion, string? Message)
{
    /// <summary>The runtimeconfig's <c>rollForward</c> value; null for the host's default.</summary>
    public string? RollForward => Kind switch
    {
        RuntimeChoiceKind.RollForward => "LatestMajor",
        RuntimeChoiceKind.HostDecides => "Major",
        _ => null,
    };
}
