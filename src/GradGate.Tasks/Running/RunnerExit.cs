namespace GradGate.Tasks.Running;

internal enum RunnerExitKind
{
    /// <summary>The process ended by itself; see the exit code.</summary>
    Exited,

    /// <summary>The process went silent for longer than the watchdog allows and was killed.</summary>
    StoppedByWatchdog,

    /// <summary>The build was cancelled and the process was killed.</summary>
    Cancelled,
}

/// <summary>How one runner process ended, with the standard error kept for diagnostics.</summary>
/// <param name="ExitCode">Null when the process could not be reaped after it was killed.</param>
/// <param name="IdleLimit">The silence the watchdog allowed the process.</param>
internal sealed record RunnerExit(RunnerExitKind Kind, int? ExitCode, IReadOnlyList<string> StandardError, TimeSpan IdleLimit);
