using GradGate.Cli.Output;

namespace GradGate.Cli;

/// <summary>The parsed options of <c>dotnet gradgate check</c>; null where the command line left the project's (or the gate's) default.</summary>
internal sealed record CheckOptions
{
    /// <summary>A project file (.csproj, .fsproj, .vbproj) or a built assembly (.dll).</summary>
    public required string Input { get; init; }

    public string? Filter { get; init; }

    /// <summary><c>k/n</c>, as GradGateShard.</summary>
    public string? Shard { get; init; }

    public string? Mode { get; init; }

    /// <summary>The numbers are kept as typed (System.CommandLine checked that they are numbers); the gate reads and validates them.</summary>
    public string? ErrorThreshold { get; init; }

    public string? WarningThreshold { get; init; }

    public string? Epsilon { get; init; }

    public string? TimeoutSeconds { get; init; }

    public string? ReportDirectory { get; init; }

    public string? ReportFormats { get; init; }

    public string? Baseline { get; init; }

    public string? MaxParallelChecks { get; init; }

    public string? MemoryLimitMegabytes { get; init; }

    public string Configuration { get; init; } = "Debug";

    public string? Framework { get; init; }

    /// <summary>Build the project first (with the gate switched off, since the tool runs the checks).</summary>
    public bool Build { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Minimal;

    /// <summary>Whether the input names a project file rather than an assembly.</summary>
    public bool IsProject => Path.GetExtension(Input).EndsWith("proj", StringComparison.OrdinalIgnoreCase);
}
