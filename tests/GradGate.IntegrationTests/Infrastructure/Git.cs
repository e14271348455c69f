using System.Diagnostics;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Runs git, which the versioning tests need, as the build's MinVer and SourceLink do.</summary>
internal static class Git
{
    public static string Run(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A commit needs a name and an e-mail, whatever the machine's git configuration says.
        startInfo.Environment["GIT_AUTHOR_NAME"] = startInfo.Environment["GIT_COMMITTER_NAME"] = "GradGate tests";
        startInfo.Environment["GIT_AUTHOR_EMAIL"] = startInfo.Environment["GIT_COMMITTER_EMAIL"] = "tests@gradgate.invalid";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("git could not be started: these tests need git on PATH.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed (exit code {process.ExitCode}):\n{error}");
        }

        return output.Result.Trim();
    }
}
