using System.Runtime.InteropServices;

namespace GradGate.Runner;

/// <summary>
/// Ends the runner and everything it started when the build process that started it is gone (killed, or crashed), so
/// no check goes on running for a build that no longer exists. On Unix a process's parent changes when its parent
/// dies (init or a subreaper adopts it); on Windows the task's job object ends the runner instead.
/// </summary>
internal static class BuildWatch
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static void Start()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = getppid();
        var thread = new Thread(() =>
        {
            while (getppid() == parent)
            {
                Thread.Sleep(PollInterval);
            }

            OwnProcessGroup.KillAll();
        })
        {
            IsBackground = true,
            Name = "GradGate build watch",
        };
        thread.Start();
    }

    [DllImport("libc")]
    private static extern int getppid();
}
