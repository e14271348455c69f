using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>
/// Runs dotnet with a pseudo-terminal as its standard output, as in a developer's terminal, so that MSBuild picks the
/// terminal logger the way it does there. util-linux's <c>script</c> allocates the terminal (Debian's bsdutils, which
/// every Debian system has); the output is returned with the terminal's control sequences removed.
/// </summary>
internal static partial class PseudoTerminal
{
    private const string Script = "/usr/bin/script";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static ProcessResult RunDotNet(string workingDirectory, params string[] arguments)
    {
        Assert.True(
            File.Exists(Script),
            $"This test drives a build through a pseudo-terminal with {Script}, which is missing: install util-linux's script " +
            "(apt-get install bsdutils on Debian and Ubuntu).");

        // script -q (no banner) -e (its exit code is the command's) -f (flush as written) -c <command> <typescript file>.
        var startInfo = new ProcessStartInfo(Script)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-qefc", "dotnet " + string.Join(' ', arguments.Select(ShellQuote)), "/dev/null" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        DotNet.IsolateFromTestHost(startInfo);
        startInfo.Environment["TERM"] = "xterm-256color";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} in a pseudo-terminal ran past {Limit}:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, WithoutControlSequences(output.ToString()));
    }

    /// <summary>What a reader sees: colours, cursor moves, hyperlinks and progress reports removed, lines kept.</summary>
    internal static string WithoutControlSequences(string text)
        => ControlSequence().Replace(text, "").Replace("\r", "");

    // OSC sequences (hyperlinks, progress: ESC ] ... ESC \ or BEL), then CSI sequences (ESC [ ... final byte), then lone escapes.
    [GeneratedRegex(@"\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")]
    private static partial Regex ControlSequence();

    private static string ShellQuote(string argument) => "'" + argument.Replace("'", "'\\''") + "'";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
