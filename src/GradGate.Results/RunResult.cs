namespace GradGate.Results;

/// <summary>
/// Everything one gate run produced for one assembly and target framework: what the task keeps between
/// builds (so an unchanged assembly's findings are reported again) and what every report is written from.
/// </summary>
public sealed class RunResult
{
    /// <summary>The version of this document's shape; bumped on any incompatible change.</summary>
    public int SchemaVersion { get; set; } = 1;

    public string ToolVersion { get; set; } = "";

    public string AssemblyPath { get; set; } = "";

    public string AssemblyName { get; set; } = "";

    public string? TargetFramework { get; set; }

    public string ProjectPath { get; set; } = "";

    /// <summary>When the run started, in UTC.</summary>
    public DateTime StartedAtUtc { get; set; }

    public double DurationSeconds { get; set; }

    /// <summary>The build-wide settings the run used.</summary>
    public RunDefaults Settings { get; set; } = new();

    /// <summary>The GradGateFilter in force, if any.</summary>
    public string? Filter { get; set; }

    /// <summary>The GradGateShard this run is (<c>k/n</c>), if any: its checks are those of shard k of n.</summary>
    public string? Shard { get; set; }

    /// <summary>Every check, in declaration order.</summary>
    public List<CheckResult> Checks { get; set; } = [];

    /// <summary>Findings about the run rather than one check (no targets found, the runner could not start).</summary>
    public List<Finding> RunFindings { get; set; } = [];
}
