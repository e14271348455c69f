namespace GradGate.Gate.Running;

internal enum RunnerExitKind
{
    /// <summary>The process ended by itself; see the exit code.</summary>
    Exited,

    /// <summary>The process went silent for longer than the watchdog allows and was killed.</summary>
    StoppedByWatchdog,

    /// <summary>The build was cancelled and the process was killed.</summary>
    Cancelled,

    /// <summary>The process had finished every check (its done event) but did not exit within the grace period, and was killed.</summary>
    StoppedAfterDone,
}

/// <summary>How one runner process ended, with the standard error kept for diagnostics.</summary>
/// <param name="ExitCode">Null when the process could not be reaped after it was killed.</param>
/// <param name="IdleLimit">The silence the watchdog allowed the process.</param>
internal sealed record RunnerExit(RunnerExitKind Kind, int? ExitCode, IReadOnlyList<string> StandardError, TimeSpan IdleLimit)
{
    /// <summary>How many processes the checks had started and left running, which were ended with the runner.</summary>
    public int StrayProcessesEnded { get; init; }

    /// <summary>True when the runner's output pipes were still open after everything it started was ended.</summary>
    public bool OutputLeftOpen { get; init; }
}
