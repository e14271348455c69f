namespace GradGate.Gate.Running;

/// <summary>
/// The exit codes of a process stopped from outside rather than by anything it did: a terminal's Ctrl-C (SIGINT), a
/// hang-up (SIGHUP), a quit (SIGQUIT), a polite stop (SIGTERM), and Windows's Ctrl-C. A runner that ends so never blames
/// the check it was running: the build was cancelled, or something other than the build stopped the runner.
/// </summary>
internal static class Interruption
{
    private static readonly Dictionary<int, string> Signals = new()
    {
        [128 + 1] = "SIGHUP",
        [128 + 2] = "SIGINT",
        [128 + 3] = "SIGQUIT",
        [128 + 15] = "SIGTERM",
        [unchecked((int)0xC000013A)] = "Ctrl-C (STATUS_CONTROL_C_EXIT)",
    };

    /// <summary>The name of the signal that stopped a process with this exit code, or null when the code is not one of them.</summary>
    public static string? SignalOf(int? exitCode) => exitCode is { } code && Signals.TryGetValue(code, out var signal) ? signal : null;
}
