using GradGate.Results;
using GradGate.Gate.Filtering;

namespace GradGate.Gate.Configuration;

/// <summary>The validated GradGate* settings of one build; a null threshold or step means "use the element type's default".</summary>
internal sealed record GateSettings(
    double? ErrorThreshold,
    double? WarningThreshold,
    double? Epsilon,
    double TimeoutSeconds,
    CheckFilter Filter,
    string? Mode,
    CheckShard? Shard = null)
{
    public RunDefaults ToRunDefaults() => new()
    {
        ErrorThreshold = ErrorThreshold,
        WarningThreshold = WarningThreshold,
        Epsilon = Epsilon,
        TimeoutSeconds = TimeoutSeconds,
        Mode = Mode,
    };
}
