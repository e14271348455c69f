using GradGate.Cli.Output;

namespace GradGate.Cli;

/// <summary>The parsed options of <c>dotnet gradgate merge</c>.</summary>
internal sealed record MergeOptions
{
    /// <summary>The shards' JSON reports (<c>gradgate.shard-k-of-n.json</c>).</summary>
    public required IReadOnlyList<string> Reports { get; init; }

    /// <summary>Where the merged reports go; <c>gradgate</c> in the current folder when null.</summary>
    public string? ReportDirectory { get; init; }

    public string? ReportFormats { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Minimal;
}
