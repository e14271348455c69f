using System.Runtime.InteropServices;
using System.Text;

namespace GradGate.Gate.Running;

/// <summary>Signals processes by process group and finds processes by an environment variable they inherited (Linux).</summary>
internal static class UnixProcesses
{
    private const int SigKill = 9;

    /// <summary>Sends SIGKILL to every process of the group <paramref name="processGroupId"/>; false when there is none.</summary>
    public static bool KillGroup(int processGroupId) => kill(-processGroupId, SigKill) == 0;

    public static bool Kill(int processId) => kill(processId, SigKill) == 0;

    /// <summary>
    /// The processes whose environment holds <paramref name="variable"/>=<paramref name="value"/>, read from /proc (Linux
    /// only; empty elsewhere). A process inherits its parent's environment, so this finds everything a process started,
    /// also what left its process group or session and what its parent's death handed to init.
    /// </summary>
    public static IReadOnlyList<int> WithEnvironmentVariable(string variable, string value)
    {
        var found = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        var marker = Encoding.UTF8.GetBytes($"{variable}={value}\0");
        var own = System.Diagnostics.Process.GetCurrentProcess().Id;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var processId) && processId != own && Holds(Path.Combine(directory, "environ"), marker))
            {
                found.Add(processId);
            }
        }

        return found;
    }

    private static bool Holds(string environPath, byte[] marker)
    {
        byte[] environment;
        try
        {
            environment = File.ReadAllBytes(environPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, or another user's: not one of ours.
            return false;
        }

        // Each entry ends with a NUL; an entry that starts at 0 or after a NUL and matches the marker whole is the variable.
        for (var start = 0; start + marker.Length <= environment.Length; start++)
        {
            if ((start == 0 || environment[start - 1] == 0) && Matches(environment, start, marker))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(byte[] environment, int start, byte[] marker)
    {
        for (var index = 0; index < marker.Length; index++)
        {
            if (environment[start + index] != marker[index])
            {
                return false;
            }
        }

        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int processId, int signal);
}
