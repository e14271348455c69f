using System.Diagnostics;
using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>
/// Starts the real runner out of process exactly as the MSBuild task does: dotnet exec with the fixture's
/// deps.json, a minimal runtimeconfig.json written for it, and the NuGet package folder as a probing path.
/// </summary>
internal static class RunnerProcess
{
    /// <summary>What the task writes for a class library whose framework's runtime is installed.</summary>
    public const string MinimalRuntimeConfig =
        """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}""";

    /// <summary>What the task writes for a net8.0 class library when only a newer runtime is installed.</summary>
    public const string RollForwardRuntimeConfig =
        """{"runtimeOptions":{"tfm":"net8.0","rollForward":"LatestMajor","framework":{"name":"Microsoft.NETCore.App","version":"8.0.0"}}}""";

    /// <summary>Not a measurement: only stops a runner that hangs although it should not.</summary>
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="request"/> in a fresh folder that also holds the request and the events, with the
    /// deps.json beside <paramref name="depsAssembly"/> (by default the requested assembly).
    /// </summary>
    public static Task<RunnerOutcome> RunAsync(RunRequest request, string? depsAssembly = null, string runtimeConfig = MinimalRuntimeConfig)
        => RunInFolderAsync(depsAssembly ?? request.AssemblyPath, runtimeConfig, folder =>
        {
            request.EventsPath = Path.Combine(folder, "events.jsonl");
            var requestPath = Path.Combine(folder, "request.json");
            File.WriteAllText(requestPath, ResultJson.Serialize(request));
            return ["--request", requestPath];
        });

    /// <summary>
    /// Starts the runner on standby (<c>--standby</c>), waits a moment as a build compiles, and then writes the request's
    /// path on its standard input (a whole line), or ends its input without one when <paramref name="sendRequest"/> is false.
    /// </summary>
    public static Task<RunnerOutcome> RunOnStandbyAsync(RunRequest request, bool sendRequest)
        => RunInFolderAsync(request.AssemblyPath, MinimalRuntimeConfig, folder =>
        {
            request.EventsPath = Path.Combine(folder, "events.jsonl");
            var requestPath = Path.Combine(folder, "request.json");
            File.WriteAllText(requestPath, ResultJson.Serialize(request));
            return ["--standby"];
        }, folder => sendRequest ? Path.Combine(folder, "request.json") + "\n" : "");

    /// <summary>Runs the runner with the given arguments in the dependency context of <paramref name="depsAssembly"/>.</summary>
    public static Task<RunnerOutcome> RunWithArgumentsAsync(string depsAssembly, params string[] runnerArguments)
        => RunInFolderAsync(depsAssembly, MinimalRuntimeConfig, _ => runnerArguments);

    /// <param name="input">What the runner reads on its standard input, given the folder; null or empty for nothing.</param>
    private static async Task<RunnerOutcome> RunInFolderAsync(
        string depsAssembly,
        string runtimeConfig,
        Func<string, IReadOnlyList<string>> prepare,
        Func<string, string>? input = null)
    {
        var folder = Directory.CreateTempSubdirectory("gradgate-runner-tests-").FullName;
        try
        {
            var runtimeConfigPath = Path.Combine(folder, "runtimeconfig.json");
            File.WriteAllText(runtimeConfigPath, runtimeConfig);
            var runnerArguments = prepare(folder);
            var (exitCode, output, error) = await ExecuteAsync(folder, DotnetExecArguments(depsAssembly, runtimeConfigPath, runnerArguments), input?.Invoke(folder));
            var events = ResultJson.ReadEvents(Path.Combine(folder, "events.jsonl"));
            return new RunnerOutcome(exitCode, events, output, error, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> DotnetExecArguments(string depsAssembly, string runtimeConfig, IReadOnlyList<string> runnerArguments)
    {
        var depsFile = Path.ChangeExtension(depsAssembly, ".deps.json");
        return
        [
            "exec",
            "--depsfile", depsFile,
            "--runtimeconfig", runtimeConfig,
            "--additionalprobingpath", TestAssets.NuGetPackageRoot,
            TestAssets.RunnerPath,
            .. runnerArguments,
        ];
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(string workingDirectory, List<string> arguments, string? input)
    {
        var startInfo = new ProcessStartInfo(TestAssets.DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        arguments.ForEach(startInfo.ArgumentList.Add);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{TestAssets.DotnetHost}'.");
        if (!string.IsNullOrEmpty(input))
        {
            // As a build does: the line once the compiler is done, which is long after the runner has started.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var safetyNet = new CancellationTokenSource(SafetyNet);
        try
        {
            await process.WaitForExitAsync(safetyNet.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The runner was still running after {SafetyNet} and was killed.");
        }

        return (process.ExitCode, await output, await error);
    }
}
