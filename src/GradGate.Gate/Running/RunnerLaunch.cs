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

    /// <summary>
    /// The variables the runner process gets on top of the build's: the .NET GC's hard heap limit, in hexadecimal as it
    /// reads it, and <c>DOTNET_ReadyToRun=0</c> where <see cref="WithoutPrecompiledCode"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables()
    {
        var variables = new Dictionary<string, string>();
        if (HeapHardLimitBytes is { } limit)
        {
            variables["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (WithoutPrecompiledCode)
        {
            variables["DOTNET_ReadyToRun"] = "0";
        }

        return variables;
    }

    /// <summary>The arguments of <see cref="Arguments"/> as one command line for the host, quoted as it splits them back.</summary>
    public string CommandLine(string requestPath) => CommandLineQuoting.Join(Arguments(requestPath));

    /// <summary><c>exec --depsfile .. --runtimeconfig .. [--roll-forward ..] --additionalprobingpath .. runner.dll --request ..</c></summary>
    public IReadOnlyList<string> Arguments(string requestPath)
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

        arguments.AddRange([RunnerPath, "--request", requestPath]);
        return arguments;
    }
}
