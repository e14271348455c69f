using System.Text;

namespace GradGate.Runner;

/// <summary>
/// The request's path for a runner on standby: the first line of standard input, which the build writes once it has
/// compiled the checks and written the request, and then closes. Read from the raw stream a byte at a time, so nothing
/// after the line is consumed; user code never reads it (its Console.In is empty, see <see cref="ConsoleIsolation"/>).
/// </summary>
internal static class StandbyRequest
{
    /// <summary>Far longer than any path.</summary>
    private const int LongestLine = 32_768;

    /// <summary>
    /// Far longer than any compilation: a runner whose build never sent a request nor ended its input (the build must
    /// have lost track of it) ends itself. The build then starts a runner as it does without a standby.
    /// </summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Waits for the request's path on standard input: null when the input ends or its first line is empty, which
    /// dismisses the runner. Ends the process after <see cref="LongestWait"/> without either.
    /// </summary>
    public static string? Wait()
    {
        using var giveUp = new Timer(_ => Environment.Exit(Results.RunnerExitCodes.StandbyDismissed), null, LongestWait, Timeout.InfiniteTimeSpan);
        return Read(Console.OpenStandardInput());
    }

    /// <summary>The path on the first line; null when the input ends, or its first line is empty, which dismisses the runner.</summary>
    public static string? Read(Stream input)
    {
        var line = new List<byte>();
        while (line.Count < LongestLine)
        {
            var next = input.ReadByte();
            if (next < 0 || next == '\n')
            {
                break;
            }

            line.Add((byte)next);
        }

        var path = Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
        return string.IsNullOrWhiteSpace(path) ? null : path;
    }
}
