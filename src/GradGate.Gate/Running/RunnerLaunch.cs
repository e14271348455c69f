using System.Globalization;

namespace GradGate.Gate.Running;

/// <summary>Everything needed to start the runner with <c>dotnet exec</c> in the checked project's dependency context.</summary>
/// <param name="DepsFilePath">The project's deps.json; null runs without it (the runner then loads the assembly by path).</param>
/// <param name="RollForward">A <c>--roll-forward</c> value for the host; null to keep the runtimeconfig's own policy.</param>
/// <param name="WorkingDirectory">The assembly's folder, so relative paths in user code resolve as they do in the output folder.</param>
internal sealed record RunnerLaunch(
    string HostPath,
    string RunnerPath,
    string RuntimeConfigPath,
    string? DepsFilePath,
    string? RollForward,
    IReadOnlyList<string> ProbingPaths,
    string WorkingDirectory)
{
    /// <summary>The runner's managed heap cap (GradGateMemoryLimit) in bytes; null for none.</summary>
    public long? HeapHardLimitBytes { get; init; }

    /// <summary>
    /// Whether the runner must not use precompiled code, because the project's deps.json gives it GradGate's library
    /// precompiled for another platform (<see cref="Hosting.PrecompiledPlatform"/>).
    /// </summary>
    public bool WithoutPrecompiledCode { get; init; }

    /// <summary>The runner's tiering delay in milliseconds (<see cref="RunnerTiering"/>); null to leave the runtime's own.</summary>
    public int? CallCountingDelayMs { get; init; }

    /// <summary>
    /// The variables the runner process gets on top of the build's: the .NET GC's hard heap limit, in hexadecimal as it
    /// reads it, the tiering delay, also in hexadecimal, and <c>DOTNET_ReadyToRun=0</c> where <see cref="WithoutPrecompiledCode"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables()
    {
        var variables = new Dictionary<string, string>();
        if (HeapHardLimitBytes is { } limit)
        {
            variables["DOTNET_GCHeapHardLimit"] = Hexadecimal(limit);
        }

        if (CallCountingDelayMs is { } delay)
        {
            variables[RunnerTiering.Variable] = Hexadecimal(delay);
        }

        if (WithoutPrecompiledCode)
        {
            variables["DOTNET_ReadyToRun"] = "0";
        }

        return variables;
    }

    /// <summary>A number as the runtime reads its numeric variables: in hexadecimal, <c>0x10</c> for 16.</summary>
    private static string Hexadecimal(long value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

    /// <summary>
    /// The variables of <see cref="EnvironmentVariables"/> as a shell would take them before a command,
    /// <c>DOTNET_GCHeapHardLimit=0x100000000 DOTNET_TC_CallCountingDelayMs=0x10</c>, in name order; empty for none.
    /// </summary>
    public string EnvironmentText()
        => string.Join(" ", EnvironmentVariables().OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    /// <summary>The runner's own arguments for a request already written: <c>--request &lt;path&gt;</c>.</summary>
    public static IReadOnlyList<string> ForRequest(string requestPath) => ["--request", requestPath];

    /// <summary>The runner's own arguments for a runner on standby, which reads the request's path from standard input.</summary>
    public static IReadOnlyList<string> Standby { get; } = ["--standby"];

    /// <summary>The host's command line for a request already written, quoted as the host splits it back.</summary>
    public string CommandLine(string requestPath) => CommandLine(ForRequest(requestPath));

    /// <summary>The host's command line with <paramref name="runnerArguments"/>, quoted as the host splits it back.</summary>
    public string CommandLine(IReadOnlyList<string> runnerArguments) => CommandLineQuoting.Join(Arguments(runnerArguments));

    /// <summary><c>exec --depsfile .. --runtimeconfig .. [--roll-forward ..] --additionalprobingpath .. runner.dll --request ..</c></summary>
    public IReadOnlyList<string> Arguments(string requestPath) => Arguments(ForRequest(requestPath));

    /// <summary><c>exec --depsfile .. --runtimeconfig .. [--roll-forward ..] --additionalprobingpath .. runner.dll</c> and <paramref name="runnerArguments"/>.</summary>
    public IReadOnlyList<string> Arguments(IReadOnlyList<string> runnerArguments)
    {
        var arguments = new List<string> { "exec" };
        if (DepsFilePath is not null)
        {
            arguments.AddRange(["--depsfile", DepsFilePath]);
        }

        arguments.AddRange(["--runtimeconfig", RuntimeConfigPath]);
        if (RollForward is not null)
        {
            arguments.AddRange(["--roll-forward", RollForward]);
        }

        foreach (var probingPath in ProbingPaths)
        {
            arguments.AddRange(["--additionalprobingpath", probingPath]);
        }

        arguments.Add(RunnerPath);
        arguments.AddRange(runnerArguments);
        return arguments;
    }

    /// <summary>
    /// Whether a runner started with this launch is one that <paramref name="other"/> would start: the same host, command
    /// line (but for the runner's own arguments), folder and environment variables.
    /// </summary>
    public bool StartsTheSameAs(RunnerLaunch other)
        => HostPath == other.HostPath
            && WorkingDirectory == other.WorkingDirectory
            && Arguments(Standby).SequenceEqual(other.Arguments(Standby))
            && EnvironmentVariables().OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .SequenceEqual(other.EnvironmentVariables().OrderBy(pair => pair.Key, StringComparer.Ordinal));
}
