namespace GradGate;

/// <summary>Settings a target carries for itself (<see cref="GradCheckTarget.WithSettings"/>): NaN and Default mean unset, as on the attribute.</summary>
internal sealed class TargetSettings(GradCheckMode mode, double errorThreshold, double warningThreshold, double epsilon)
{
    public static TargetSettings None { get; } = new(GradCheckMode.Default, double.NaN, double.NaN, double.NaN);

    public GradCheckMode Mode { get; } = mode;

    public double ErrorThreshold { get; } = errorThreshold;

    public double WarningThreshold { get; } = warningThreshold;

    public double Epsilon { get; } = epsilon;
}
