using GradGate.Engine.Settings;

namespace GradGate;

/// <summary>
/// The settings an in-process check uses where the target's [GradCheck] attribute sets none, as the build's GradGate*
/// properties do for the gate; what neither sets comes from the target's element type (float64 or float32).
/// </summary>
public sealed class GradCheckOptions
{
    /// <summary>A relative error above this fails the check (GradGateErrorThreshold). Null: 1e-5 for float64, 1e-3 for float32.</summary>
    public double? ErrorThreshold { get; init; }

    /// <summary>A relative error above this, up to the error threshold, is a warning (GradGateWarningThreshold). Null: 1e-7 for float64, 1e-4 for float32.</summary>
    public double? WarningThreshold { get; init; }

    /// <summary>The finite-difference step h; a coordinate x moves by h * max(1, |x|) (GradGateEpsilon). Null: 1e-6 for float64, 1e-2 for float32.</summary>
    public double? Epsilon { get; init; }

    /// <summary>The mode of every check whose attribute sets none (GradGateMode); <see cref="GradCheckMode.Default"/> lets each check choose by its size.</summary>
    public GradCheckMode Mode { get; init; }

    /// <summary>The options as the build's settings reach the runner, spelled as GradGateMode spells a mode.</summary>
    internal Results.RunDefaults ToRunDefaults() => new()
    {
        ErrorThreshold = ErrorThreshold,
        WarningThreshold = WarningThreshold,
        Epsilon = Epsilon,
        Mode = Mode == GradCheckMode.Default ? null : CheckModes.Name(Mode),
    };
}
