using System.Runtime.InteropServices;

namespace GradGate.Runner;

/// <summary>
/// Takes the runner out of the build's process group (Unix), first thing at start-up. A terminal's Ctrl-C signals the
/// whole foreground group: the build then cancels and stops the runner itself, instead of the runner dying of the
/// signal first and its death passing for a crash of the check it was running. The group also holds whatever the
/// checks start, so the task can end all of it at once.
/// </summary>
internal static class OwnProcessGroup
{
    private const int SigKill = 9;

    public static void Enter()
    {
        if (!OperatingSystem.IsWindows())
        {
            // Fails only when the runner already leads a group or a session; either way it is out of the build's group.
            _ = setpgid(0, 0);
        }
    }

    /// <summary>Ends every process of the runner's group, the runner included, with SIGKILL, which no handler can delay.</summary>
    public static void KillAll()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = kill(0, SigKill);
        }

        Environment.FailFast("GradGate runner: the build that started it has gone.");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setpgid(int processId, int processGroupId);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int processId, int signal);
}
