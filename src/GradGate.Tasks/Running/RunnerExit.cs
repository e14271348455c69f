namespace GradGate.Tasks.Running;

internal enum RunnerExitKind
{
    /// <summary>The process ended by itself; see the exit code.</summary>
    Exited,

    /// <summary>The process outlived its watchdog and was killed.</summary>
    StoppedByWatchdog,

    /// <summary>The build was cancelled and the process was killed.</summary>
    Cancelled,
}

/// <summary>How one runner process ended, with the standard error kept for diagnostics.</summary>
internal sealed record RunnerExit(RunnerExitKind Kind, int? ExitCode, IReadOnlyList<string> StandardError, TimeSpan Watchdog)
{
    public static RunnerExit Exited(int exitCode, IReadOnlyList<string> standardError)
        => new(RunnerExitKind.Exited, exitCode, standardError, TimeSpan.Zero);
}
