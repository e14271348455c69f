namespace GradGate.Gate.Configuration;

/// <summary>The GradGate* properties exactly as MSBuild passed them to the task, before any validation.</summary>
internal sealed record RawGateSettings(
    string? ErrorThreshold,
    string? WarningThreshold,
    string? Epsilon,
    string? Timeout,
    string? Filter,
    string? Mode,
    string? Shard = null);
