namespace GradGate.Runner;

/// <summary>The runner's command line: <c>--request &lt;path&gt;</c> and nothing else.</summary>
internal static class RunnerArguments
{
    public const string Usage =
        "Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <runtimeconfig.json> GradGate.Runner.dll --request <request.json>";

    /// <summary>The request path, or null when the arguments are not exactly <c>--request &lt;path&gt;</c>.</summary>
    public static string? ParseRequestPath(IReadOnlyList<string> args)
        => args.Count == 2 && args[0] == "--request" && !string.IsNullOrWhiteSpace(args[1]) ? args[1] : null;
}
