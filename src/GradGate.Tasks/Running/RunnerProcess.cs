using System.Diagnostics;
using System.Text;

namespace GradGate.Tasks.Running;

/// <summary>
/// Runs one runner process to its end: standard output goes line by line to the caller's thread (MSBuild
/// logging belongs there), standard error is kept for diagnostics, and the process tree is killed when the
/// build is cancelled or the watchdog finds the runner silent for too long.
/// </summary>
internal static class RunnerProcess
{
    /// <summary>How long to wait for the process to be reaped, and then for its pipes to drain, after it has ended or been killed.</summary>
    private const int DrainMilliseconds = 5_000;

    /// <summary>How often the watchdog looks for progress while nothing else wakes it.</summary>
    private static readonly TimeSpan ProgressPollInterval = TimeSpan.FromSeconds(1);

    /// <param name="idleLimit">How long the runner may go without progress before the watchdog kills it.</param>
    /// <param name="progress">A figure that grows whenever the runner makes progress (the length of its events file).</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    public static RunnerExit Run(
        RunnerLaunch launch,
        string requestPath,
        TimeSpan idleLimit,
        Func<long> progress,
        CancellationToken cancellation,
        Action<string> onOutputLine)
    {
        var standardError = new StandardErrorExcerpt();
        using var signals = new ProcessSignals();
        using var process = new Process { StartInfo = StartInfo(launch, requestPath), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                signals.MarkPipeClosed();
            }
            else
            {
                signals.AddOutput(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                signals.MarkPipeClosed();
            }
            else
            {
                standardError.Add(line.Data);
            }
        };
        process.Exited += (_, _) => signals.MarkExited();

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var kind = WaitForEnd(process, signals, new Watchdog(idleLimit, progress), cancellation, onOutputLine);
        if (kind != RunnerExitKind.Exited)
        {
            ProcessTree.Kill(process);
        }

        // WaitForExit with a timeout does not wait for the pipes, and a crash's last words are on standard error.
        process.WaitForExit(DrainMilliseconds);
        signals.PipesClosed.WaitOne(DrainMilliseconds);
        Forward(signals, onOutputLine);
        var exitCode = process.HasExited ? process.ExitCode : (int?)null;
        return new RunnerExit(kind, exitCode, standardError.Lines(), idleLimit);
    }

    private static RunnerExitKind WaitForEnd(
        Process process,
        ProcessSignals signals,
        Watchdog watchdog,
        CancellationToken cancellation,
        Action<string> onOutputLine)
    {
        WaitHandle[] handles = [signals.Exited, cancellation.WaitHandle, signals.OutputArrived];
        while (true)
        {
            var remaining = watchdog.TimeLeft();
            if (remaining <= TimeSpan.Zero)
            {
                return process.HasExited ? RunnerExitKind.Exited : RunnerExitKind.StoppedByWatchdog;
            }

            var signalled = WaitHandle.WaitAny(handles, remaining < ProgressPollInterval ? remaining : ProgressPollInterval);
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

    private static ProcessStartInfo StartInfo(RunnerLaunch launch, string requestPath)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = launch.HostPath,
            Arguments = CommandLineQuoting.Join(launch.Arguments(requestPath)),
            WorkingDirectory = launch.WorkingDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var variable in launch.EnvironmentVariables())
        {
            startInfo.Environment[variable.Key] = variable.Value;
        }

        return startInfo;
    }
}
