namespace GradGate.Engine.Settings;

/// <summary>
/// What central differences can resolve in one element type, and the default step and thresholds that
/// follow from it.
/// </summary>
/// <remarks>
/// A central difference <c>(L(x+h) - L(x-h)) / 2h</c> carries two errors: truncation, about
/// <c>h^2 |L'''| / 6</c>, and rounding of the two loss values, about <c>eps_mach |L| / h</c>. Their sum is
/// smallest near <c>h = cbrt(eps_mach)</c>, where the relative accuracy is about <c>eps_mach^(2/3)</c>. The step is
/// scaled to each coordinate, <c>h * max(1, |x|)</c> (<see cref="Numerics.RelativeStep"/>), so these figures hold for
/// large values too; where the truncation still shows, Richardson extrapolation at half the step removes it
/// (<see cref="Numerics.HalfStepProbe{T}"/>).
/// <para>
/// float64 (eps 2.2e-16): the product's contract, step 1e-6 (rounding ~2e-10, truncation ~2e-13 for a
/// unit-scaled loss), warning 1e-7, error 1e-5.
/// </para>
/// <para>
/// float32 (eps 1.2e-7): cbrt(eps) is 4.9e-3 and the best attainable accuracy about 2.4e-5. The step is
/// 1e-2 (rounding ~1.2e-5 per unit of loss, truncation ~1.7e-5 per unit of third derivative; a loss summed
/// in float32 rounds several times, which favours the larger of the near-optimal steps). A correct layer
/// then lands around 1e-5 by the norm formula, so the warning threshold is 1e-4 and the error threshold
/// 1e-3: a 1% gradient error, about 5e-3 by the norm formula, still fails with a margin of five.
/// </para>
/// </remarks>
internal sealed class ElementPrecision
{
    private const double LossRoundingUnits = 8;

    public static readonly ElementPrecision Float64 = new("float64", double.BitIncrement(1.0) - 1.0, 1e-6, 1e-7, 1e-5);

    public static readonly ElementPrecision Float32 = new("float32", float.BitIncrement(1f) - 1f, 1e-2, 1e-4, 1e-3);

    private ElementPrecision(string dType, double machineEpsilon, double defaultEpsilon, double defaultWarningThreshold, double defaultErrorThreshold)
    {
        DType = dType;
        MachineEpsilon = machineEpsilon;
        DefaultEpsilon = defaultEpsilon;
        DefaultWarningThreshold = defaultWarningThreshold;
        DefaultErrorThreshold = defaultErrorThreshold;
    }

    /// <summary><c>float64</c> or <c>float32</c>, as the result model spells it.</summary>
    public string DType { get; }

    /// <summary>The distance from 1 to the next representable value.</summary>
    public double MachineEpsilon { get; }

    public double DefaultEpsilon { get; }

    public double DefaultWarningThreshold { get; }

    public double DefaultErrorThreshold { get; }

    /// <summary>
    /// Below <c>sqrt(eps_mach)</c> the rounding of the loss alone makes each derivative uncertain by more than
    /// <c>sqrt(eps_mach)</c> of the loss: the step no longer resolves a gradient.
    /// </summary>
    public double SmallestUsefulStep => Math.Sqrt(MachineEpsilon);

    /// <summary>The best relative accuracy a central difference reaches in this type, about <c>eps_mach^(2/3)</c>.</summary>
    public double AttainableRelativeError => Math.Cbrt(MachineEpsilon * MachineEpsilon);

    /// <summary>The rounding error, in units of a value's magnitude, that one computed loss or output is allowed.</summary>
    /// <remarks>
    /// A loss is a sum of many rounded terms, so it is granted eight units of machine epsilon rather than
    /// one half. The same figure decides what counts as nondeterminism "beyond rounding" and sets the
    /// noise floor of the central differences (see <see cref="Numerics.CentralDifference"/>).
    /// </remarks>
    public double RoundingPerUnit => LossRoundingUnits * MachineEpsilon;

    /// <summary>
    /// Above this relative mismatch the adjoint test (<see cref="Products.AdjointTest"/>) warns (GG0024): 256 machine epsilons,
    /// 5.7e-14 in float64 and 3.1e-5 in float32. No finite difference is involved, so rounding alone sets it.
    /// </summary>
    public double AdjointWarningThreshold => 256 * MachineEpsilon;

    /// <summary>
    /// Above this relative mismatch the adjoint test fails (GG0024): 16384 machine epsilons, 3.6e-12 in float64 and 2e-3 in
    /// float32, room for products computed by different formulas whose roundings add up differently, and still four orders of
    /// magnitude below a 1e-8 inconsistency in float64.
    /// </summary>
    public double AdjointErrorThreshold => 16384 * MachineEpsilon;

    /// <summary>The precision of a target's element type, which the API guarantees is double or float.</summary>
    public static ElementPrecision Of(Type elementType) => elementType == typeof(double) ? Float64 : Float32;
}
