using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace GradGate.Gate.Running;

/// <summary>
/// The runner and every process its checks start, ended together when the run ends, however it ends: a check that
/// starts <c>sleep</c>, or a detached <c>setsid</c> daemon, must not outlive the build or hold its output pipes open.
/// </summary>
/// <remarks>
/// Three nets, each for what the one before misses. On Windows a job object holds the runner and all it starts. On Unix
/// the runner leads its own process group (it calls setpgid at start-up), which holds what the checks start unless it
/// starts a session or group of its own; on Linux every process that inherited the runner's environment carries
/// <see cref="MarkerVariable"/> with this run's token, which finds those too (Jenkins's ProcessTreeKiller uses the same
/// cookie). Elsewhere the runner's descendants that are still its descendants are killed.
/// </remarks>
internal sealed class RunnerProcessTree : IDisposable
{
    /// <summary>The environment variable that marks the runner and every process started under it.</summary>
    public const string MarkerVariable = "GRADGATE_RUN_TOKEN";

    // Process.Kill(bool entireProcessTree) exists on .NET Core 3.0 and later, where the SDK's MSBuild runs; the task is
    // compiled for netstandard2.0, so it is found at run time. .NET Framework MSBuild has the job object instead.
    private static readonly MethodInfo? KillWithTree = typeof(Process).GetMethod(nameof(Process.Kill), [typeof(bool)]);

    private const int MaxScans = 5;

    private readonly string _token = Guid.NewGuid().ToString("N");
    private WindowsJob? _job;
    private Process? _runner;

    /// <summary>Gives the runner the marker its descendants inherit.</summary>
    public void Mark(ProcessStartInfo startInfo) => startInfo.Environment[MarkerVariable] = _token;

    /// <summary>Takes the started runner into the tree; on Windows, into a job object (best effort: without one, the runner's tree is killed).</summary>
    public void Adopt(Process runner)
    {
        _runner = runner;
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return;
        }

        try
        {
            _job = WindowsJob.Create();
            if (!_job.Add(runner))
            {
                _job.Dispose();
                _job = null;
            }
        }
        catch (Win32Exception)
        {
            _job = null;
        }
    }

    /// <summary>Ends the runner, if it still runs, and every process started under it; returns how many others were still running.</summary>
    public int EndAll()
    {
        if (_runner is null)
        {
            return 0;
        }

        if (_job is not null)
        {
            _job.TerminateAll();
            return 0;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            KillRunnerTree(_runner);
            return 0;
        }

        var runnerId = _runner.Id;
        var ended = new HashSet<int>();

        // Marked processes first, so the count includes those of the runner's group too.
        KillMarked(runnerId, ended);
        _ = UnixProcesses.KillGroup(runnerId);
        KillRunnerTree(_runner);

        // A process may have started another while a scan ran: scan again until one finds nothing left.
        for (var round = 1; round < MaxScans; round++)
        {
            if (!KillMarked(runnerId, ended))
            {
                break;
            }
        }

        return ended.Count;
    }

    /// <summary>Kills the marked processes other than the runner; false when there were none.</summary>
    private bool KillMarked(int runnerId, HashSet<int> ended)
    {
        var marked = UnixProcesses.WithEnvironmentVariable(MarkerVariable, _token).Where(id => id != runnerId).ToList();
        foreach (var processId in marked)
        {
            UnixProcesses.Kill(processId);
            ended.Add(processId);
        }

        return marked.Count > 0;
    }

    public void Dispose() => _job?.Dispose();

    private static void KillRunnerTree(Process runner)
    {
        try
        {
            if (KillWithTree is not null)
            {
                KillWithTree.Invoke(runner, [true]);
            }
            else
            {
                runner.Kill();
            }
        }
        catch (Exception exception) when (IsAlreadyGone(exception))
        {
            // The runner ended between the decision to end it and the kill: nothing is left to end.
        }
    }

    private static bool IsAlreadyGone(Exception exception)
        => (exception is TargetInvocationException { InnerException: { } inner } ? inner : exception)
            is InvalidOperationException or Win32Exception;
}
