namespace GradGate.Tasks.Running;

/// <summary>Where the runner is not started early, whatever GradGateStartRunnerEarly says, and why.</summary>
internal static class EarlyStartPolicy
{
    /// <summary>Why this machine does not start the runner early; null where it does.</summary>
    public static string? Declines(bool isWindows, int processorCount)
    {
        if (isWindows)
        {
            // A runner on standby holds what it loaded open, and Windows would refuse the build's copy of a GradGate
            // assembly it holds in the output folder (after an update of the package).
            return "not on Windows, where the runner would hold GradGate's assemblies in the output folder open while the build may copy them";
        }

        // The runner's warm-up would take its processor time from the compiler's, for less than it costs.
        return processorCount < 2 ? "this machine has one processor, which the compiler needs" : null;
    }
}
