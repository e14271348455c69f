using System.Diagnostics;
using System.Text;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Runs the dotnet CLI as a user would, with no build servers or reused nodes left behind.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for this command on top of the isolated environment.</param>
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        IsolateFromTestHost(startInfo);
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran past {Limit}:\n{output}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
    }

    /// <summary>The test host's own MSBuild settings and CI variables must not leak into the builds under test.</summary>
    public static void IsolateFromTestHost(ProcessStartInfo startInfo)
    {
        // What the dotnet test running these tests sets for its own MSBuild and VSTest: MSBUILDENSURESTDOUTFORTASKPROCESSES,
        // for one, makes a dotnet test under test take VSTest's console route instead of the terminal logger's.
        string[] hostSettings =
        [
            "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH", "GITHUB_STEP_SUMMARY",
            "MSBUILDENSURESTDOUTFORTASKPROCESSES", "MSBuildLoadMicrosoftTargetsReadOnly", "_MSBUILDTLENABLED",
        ];
        var vstestSettings = startInfo.Environment.Keys.Where(name => name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase));
        foreach (var name in hostSettings.Concat(vstestSettings).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
    }

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
