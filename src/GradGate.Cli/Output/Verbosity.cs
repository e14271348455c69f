namespace GradGate.Cli.Output;

/// <summary>How much of the gate's log the console shows, named after MSBuild's verbosities.</summary>
internal enum Verbosity
{
    /// <summary>Errors, warnings and the summary line: what a terminal build shows.</summary>
    Minimal,

    /// <summary>Also the messages a build shows at normal verbosity (roll-forward notes, baselined findings).</summary>
    Normal,

    /// <summary>Also the runner's command line and output.</summary>
    Detailed,
}
