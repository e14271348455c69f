namespace GradGate.Results;

/// <summary>How the runner process ends. Anything else (a negative code, a signal) means it crashed.</summary>
public static class RunnerExitCodes
{
    /// <summary>Every requested check ran and has a result, whatever its verdict.</summary>
    public const int ChecksRan = 0;

    /// <summary>The runner itself failed (bad request, assembly not loadable); its message is on standard error.</summary>
    public const int RunnerFailed = 2;

    /// <summary>A check hung past its timeout; its result is written and the runner quit so the rest can run in a new process.</summary>
    public const int AbandonedHungCheck = 3;

    /// <summary>
    /// A check ran out of memory; its result is written and the runner quit before the next check, which runs in a new
    /// process: a runtime that has exhausted its heap once is not trusted to run more user code. When several checks ran
    /// side by side on the heap, none of their results is written and they are left unfinished, to be run one at a time.
    /// </summary>
    public const int RanOutOfMemory = 4;

    /// <summary>
    /// A runner started on standby (before the build had compiled the checks) was dismissed: its standard input ended
    /// without a request, because the build did not need it or could not use it. It ran no user code.
    /// </summary>
    public const int StandbyDismissed = 5;
}
