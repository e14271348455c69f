namespace GradGate.Engine.Numerics;

/// <summary>
/// What five values of a function of one variable say about its derivative at 0, where they are taken at 0, at
/// <c>+-near</c> and at <c>+-far</c> (<c>0 &lt; near &lt; far</c> on each side): a one-sided slope from the parabola
/// through each side's three values, and the central differences over both spans.
/// </summary>
/// <remarks>
/// On a smooth function all four agree to <c>O(far^2)</c>; across a kink they spread apart, the left and right slopes
/// towards the slopes on either side of it. They are judged to spread beyond rounding when they differ by more than
/// <see cref="NoiseFloorsOfSpread"/> noise floors of the far central difference (a one-sided fit amplifies the rounding
/// of one value by up to eight times that floor), plus <see cref="RelativeTolerance"/> of their size for the truncation
/// of a large step.
/// </remarks>
internal readonly record struct FivePointSlopes(double Left, double Right, double FarCentral, double NearCentral)
{
    public const double RelativeTolerance = 1e-3;
    private const double NoiseFloorsOfSpread = 16;

    /// <param name="center">The value at 0.</param>
    /// <param name="farUp">The positive far offset and the value there; the others likewise, the down offsets negative.</param>
    public static FivePointSlopes From(double center, (double Offset, double Value) nearUp, (double Offset, double Value) nearDown, (double Offset, double Value) farUp, (double Offset, double Value) farDown)
        => new(
            SlopeAtZero(center, nearDown, farDown),
            SlopeAtZero(center, nearUp, farUp),
            (farUp.Value - farDown.Value) / (farUp.Offset - farDown.Offset),
            (nearUp.Value - nearDown.Value) / (nearUp.Offset - nearDown.Offset));

    /// <summary>
    /// Whether a non-differentiable point explains a mismatch: the estimates spread beyond rounding and
    /// <paramref name="analytic"/> lies within their range (it is one of the one-sided derivatives, or a subgradient
    /// between them). An analytic value outside that range is a bug whatever the spread.
    /// </summary>
    /// <param name="noiseFloor">The rounding noise of <see cref="FarCentral"/>.</param>
    public bool ShowKinkExplaining(double analytic, double noiseFloor)
    {
        var lowest = Math.Min(Math.Min(Left, Right), Math.Min(FarCentral, NearCentral));
        var highest = Math.Max(Math.Max(Left, Right), Math.Max(FarCentral, NearCentral));
        var tolerance = (NoiseFloorsOfSpread * noiseFloor) + (RelativeTolerance * Math.Max(Math.Abs(lowest), Math.Abs(highest)));
        var differentiable = highest - lowest <= tolerance;
        var analyticOutside = analytic < lowest - tolerance || analytic > highest + tolerance;
        return !differentiable && !analyticOutside;
    }

    /// <summary>
    /// Whether a kink could cause <paramref name="mismatch"/> between an analytic derivative and the central difference
    /// over <paramref name="span"/>, judged from three values alone: a kink of slope jump <c>J</c> inside the span makes
    /// <c>|f(+) + f(-) - 2 f(0)| / span</c> at least as large as the mismatch it causes, whereas a smooth function makes
    /// it about <c>span |f''| / 4</c>. A mismatch the curvature cannot explain is a bug, without evaluating more.
    /// </summary>
    /// <param name="outerMean"><c>(f(+) + f(-)) / 2</c>.</param>
    public static bool CurvatureAllowsKink(double mismatch, double outerMean, double center, double span, double noiseFloor)
        => mismatch <= 2 * ((2 * Math.Abs(outerMean - center) / span) + noiseFloor);

    /// <summary>The derivative at 0 of the parabola through <c>(0, f0)</c>, <paramref name="near"/> and <paramref name="far"/>.</summary>
    private static double SlopeAtZero(double f0, (double Offset, double Value) near, (double Offset, double Value) far)
        => (f0 * -(near.Offset + far.Offset) / (near.Offset * far.Offset))
            + (near.Value * far.Offset / (near.Offset * (far.Offset - near.Offset)))
            - (far.Value * near.Offset / (far.Offset * (far.Offset - near.Offset)));
}
