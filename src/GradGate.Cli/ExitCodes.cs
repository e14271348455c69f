namespace GradGate.Cli;

/// <summary>What <c>dotnet gradgate</c> returns, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Every check passed; warnings allowed.</summary>
    public const int Passed = 0;

    /// <summary>A check failed: the gate would fail the build.</summary>
    public const int Failed = 1;

    /// <summary>
    /// No verdict: a bad command line or setting, a missing or unbuilt input, no runtime, or a runner that could not be
    /// started or was stopped from outside.
    /// </summary>
    public const int CouldNotRun = 2;

    /// <summary>Ctrl-C or SIGTERM: the runner was stopped and nothing was reported (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
