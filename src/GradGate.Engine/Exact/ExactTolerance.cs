using GradGate.Engine.Settings;

namespace GradGate.Engine.Exact;

/// <summary>
/// How far an analytic derivative may lie from the exact one by rounding alone: <c>16 (u_T + u_64) B + u_T max|g|</c>, where
/// <c>B</c> is the dual numbers' bound on the derivative's rounding (in units of the unit roundoff), <c>u_T</c> the unit roundoff of
/// the target's element type (the analytic gradient is computed in it), <c>u_64</c> that of double (the reference is), and
/// <c>max|g|</c> the block's largest exact derivative.
/// </summary>
/// <remarks>
/// The bound already sums absolute values, so it exceeds the rounding a computation actually shows; the factor 16 leaves room
/// for an analytic gradient computed by formulas that round differently from the loss's own. The last term is one rounding of
/// the block's largest derivative, for a coordinate whose reference rounds not at all (an exact zero) but whose analytic value
/// was computed through terms that cancel. In float64 a correct gradient is then judged to about 1e-14 of its size: a bug of
/// 1e-7 relative fails by seven orders of magnitude, and a float32 gradient is judged at float32's rounding.
/// </remarks>
internal static class ExactTolerance
{
    public const double Safety = 16;

    public static double Of(ElementPrecision precision, ExactDerivative reference, double blockMaximum)
    {
        var unit = precision.MachineEpsilon / 2;
        return (Safety * (unit + (ElementPrecision.Float64.MachineEpsilon / 2)) * reference.RoundingBound) + (unit * blockMaximum);
    }
}
