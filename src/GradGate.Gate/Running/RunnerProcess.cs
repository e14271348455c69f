using System.Diagnostics;
using GradGate.Results;

namespace GradGate.Gate.Running;

/// <summary>
/// Runs one runner process to its end: standard input is empty (after the request's path, for a runner that was on
/// standby), standard output goes line by line to the caller's thread (MSBuild logging belongs there), standard error
/// is kept for diagnostics, and the events file is read as it grows. The runner is killed when the build is cancelled, when the watchdog finds it silent for too long, or when it
/// has written its last event but does not exit; and whatever its checks started is ended with it, however it ended.
/// </summary>
internal static class RunnerProcess
{
    /// <summary>How long the runner may take to exit once it has written its done event.</summary>
    public static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait for the process to be reaped after it has ended or been killed.</summary>
    private const int ReapMilliseconds = 5_000;

    /// <summary>How long to wait for the output pipes to drain once every process that could hold them has been ended.</summary>
    private const int DrainMilliseconds = 2_000;

    /// <summary>How often the events file and the watchdog are looked at while nothing else wakes the wait.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <param name="idleLimit">How long the runner may go without writing an event before the watchdog kills it.</param>
    /// <param name="events">The reader of this process's events file, read as it grows and once more at the end.</param>
    /// <param name="standby">
    /// A runner already started on standby for this launch, which gets the request's path on its standard input; null
    /// starts one with the path on its command line. Either way this call owns it and disposes it.
    /// </param>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    public static RunnerExit Run(
        RunnerLaunch launch,
        string requestPath,
        TimeSpan idleLimit,
        RunnerEventReader events,
        CancellationToken cancellation,
        Action<string> onOutputLine,
        StartedRunner? standby = null)
    {
        using var runner = standby ?? StartedRunner.Start(launch, RunnerLaunch.ForRequest(requestPath));
        runner.EndInput(standby is null ? null : requestPath);
        var process = runner.Process;
        var signals = runner.Signals;

        var kind = WaitForEnd(process, signals, new Watchdog(idleLimit, () => events.BytesRead), events, cancellation, onOutputLine);

        // However the runner ended, nothing it started may outlive the run or keep its output pipes open.
        var strays = runner.Tree.EndAll();
        process.WaitForExit(ReapMilliseconds);
        var drained = signals.PipesClosed.WaitOne(DrainMilliseconds);
        Forward(signals, onOutputLine);
        events.ReadNew();
        var exitCode = process.HasExited ? process.ExitCode : (int?)null;
        return new RunnerExit(kind, exitCode, runner.StandardError.Lines(), idleLimit) { StrayProcessesEnded = strays, OutputLeftOpen = !drained };
    }

    private static RunnerExitKind WaitForEnd(
        Process process,
        ProcessSignals signals,
        Watchdog watchdog,
        RunnerEventReader events,
        CancellationToken cancellation,
        Action<string> onOutputLine)
    {
        WaitHandle[] handles = [signals.Exited, cancellation.WaitHandle, signals.OutputArrived];
        Stopwatch? sinceDone = null;
        while (true)
        {
            events.ReadNew();
            TimeSpan remaining;
            if (events.Done is null)
            {
                remaining = watchdog.TimeLeft();
                if (remaining <= TimeSpan.Zero)
                {
                    return process.HasExited ? RunnerExitKind.Exited : RunnerExitKind.StoppedByWatchdog;
                }
            }
            else
            {
                sinceDone ??= Stopwatch.StartNew();
                remaining = ExitGrace - sinceDone.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    return process.HasExited ? RunnerExitKind.Exited : RunnerExitKind.StoppedAfterDone;
                }
            }

            var signalled = WaitHandle.WaitAny(handles, remaining < PollInterval ? remaining : PollInterval);
            Forward(signals, onOutputLine);
            switch (signalled)
            {
                case 0:
                    return RunnerExitKind.Exited;
                case 1:
                    return RunnerExitKind.Cancelled;
            }
        }
    }

    private static void Forward(ProcessSignals signals, Action<string> onOutputLine)
    {
        foreach (var line in signals.TakeOutput())
        {
            onOutputLine(line);
        }
    }
}
