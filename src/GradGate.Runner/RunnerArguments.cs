namespace GradGate.Runner;

/// <summary>
/// The runner's command line: <c>--request &lt;path&gt;</c>, or <c>--standby</c>, where the request's path arrives later as
/// the first line of standard input (<see cref="StandbyRequest"/>).
/// </summary>
internal static class RunnerArguments
{
    public const string Usage =
        "Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <runtimeconfig.json> GradGate.Runner.dll (--request <request.json> | --standby)";

    /// <summary>What the arguments ask for: a request at a path, a standby, or nothing the runner understands.</summary>
    public static RunnerStart Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 2 && args[0] == "--request" && !string.IsNullOrWhiteSpace(args[1]))
        {
            return new RunnerStart(RunnerStartKind.Request, args[1]);
        }

        return args.Count == 1 && args[0] == "--standby" ? new RunnerStart(RunnerStartKind.Standby, null) : new RunnerStart(RunnerStartKind.Invalid, null);
    }
}
