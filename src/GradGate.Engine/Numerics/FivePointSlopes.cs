namespace GradGate.Engine.Numerics;

/// <summary>
/// What five values of a function of one variable say about its derivative at 0, where they are taken at 0, at
/// <c>+-near</c> and at <c>+-far</c> (<c>0 &lt; near &lt; far</c> on each side): a one-sided slope from the parabola
/// through each side's three values, the central differences over both spans, and their Richardson extrapolation.
/// </summary>
/// <remarks>
/// On a smooth function, with <c>a</c> and <c>b</c> the far and near half-spans, the estimates carry the truncation of
/// the third derivative: the central differences <c>f' + f''' a^2 / 6</c> and <c>f' + f''' b^2 / 6</c>, each one-sided
/// slope <c>f' - f''' a b / 6</c>. Across a kink they spread apart instead, the left and right slopes towards the slopes
/// on either side of it. Estimates are judged to differ beyond rounding when they differ by more than
/// <see cref="NoiseFloorsOfSpread"/> noise floors of the far central difference (a one-sided fit amplifies the rounding
/// of one value by up to eight times that floor), plus <see cref="RelativeTolerance"/> of their size for what the
/// third-derivative model leaves out.
/// </remarks>
internal sealed class FivePointSlopes
{
    public const double RelativeTolerance = 1e-3;

    /// <summary>
    /// The relative tolerance at a step GradGate enlarged for the loss's rounding (<see cref="NoiseAdaptedStep"/>): the error
    /// threshold, at most <see cref="RelativeTolerance"/>. A larger step crosses a kink a thousand times more often, and a
    /// kink whose slope jump is under a thousandth of the derivative still moves it by more than the threshold; what the
    /// third-derivative model leaves out is <c>h^3</c> of the derivative, at most a millionth at the largest step in float64.
    /// </summary>
    public static double RelativeToleranceAtEnlargedStep(double errorThreshold) => Math.Min(RelativeTolerance, errorThreshold);
    private const double NoiseFloorsOfSpread = 16;

    /// <summary>The weights of the near and far central differences in <see cref="Extrapolated"/>: 4/3 and 1/3 at half the span.</summary>
    private readonly (double Near, double Far) _weights;

    /// <summary>What each one-sided slope is on a smooth function, given the central differences: <c>2 D(h/2) - D(h)</c> at half the span.</summary>
    private readonly double _smoothOneSided;

    /// <param name="far">The far half-span <c>a</c>; <paramref name="near"/> likewise <c>b</c>.</param>
    /// <summary>The slopes of the chords between neighbouring samples, from the far one below 0 to the far one above.</summary>
    private readonly (double OuterDown, double InnerDown, double InnerUp, double OuterUp) _chords;

    private readonly double _near;

    private FivePointSlopes(double left, double right, double far, double near, double farCentral, double nearCentral, (double, double, double, double) chords)
    {
        (Left, Right, FarCentral, NearCentral) = (left, right, farCentral, nearCentral);
        (_chords, _near) = (chords, near);
        var squares = (far * far) - (near * near);
        _weights = (far * far / squares, near * near / squares);
        Extrapolated = (_weights.Near * nearCentral) - (_weights.Far * farCentral);
        _smoothOneSided = Extrapolated - (far * near * (farCentral - nearCentral) / squares);
    }

    /// <summary>The slope at 0 of the parabola through the values at 0, <c>-near</c> and <c>-far</c>.</summary>
    public double Left { get; }

    /// <summary>The slope at 0 of the parabola through the values at 0, <c>+near</c> and <c>+far</c>.</summary>
    public double Right { get; }

    public double FarCentral { get; }

    public double NearCentral { get; }

    /// <summary>
    /// <c>(a^2 D(b) - b^2 D(a)) / (a^2 - b^2)</c>, <c>(4 D(h/2) - D(h)) / 3</c> for a near span of half the far one: the
    /// combination of the two central differences in which their <c>h^2</c> truncation cancels, leaving <c>O(h^4)</c>.
    /// </summary>
    public double Extrapolated { get; }

    /// <param name="center">The value at 0.</param>
    /// <param name="farUp">The positive far offset and the value there; the others likewise, the down offsets negative.</param>
    public static FivePointSlopes From(double center, (double Offset, double Value) nearUp, (double Offset, double Value) nearDown, (double Offset, double Value) farUp, (double Offset, double Value) farDown)
    {
        var far = (farUp.Offset - farDown.Offset) / 2;
        var near = (nearUp.Offset - nearDown.Offset) / 2;
        return new FivePointSlopes(
            SlopeAtZero(center, nearDown, farDown),
            SlopeAtZero(center, nearUp, farUp),
            far,
            near,
            (farUp.Value - farDown.Value) / (2 * far),
            (nearUp.Value - nearDown.Value) / (2 * near),
            (Chord(farDown, nearDown), Chord(nearDown, (0, center)), Chord((0, center), nearUp), Chord(nearUp, farUp)));
    }

    /// <summary>
    /// How far from 0 the kink the samples show lies, assuming one kink between straight pieces: 0 when both chords on each
    /// side agree (the kink is at the point itself, so every step crosses it); the offset where the chord it falls in
    /// changes slope; at least the near half-span when it falls in an outer chord; null when neither side is straight (a
    /// curved function, or more than one kink), where the samples do not place it.
    /// </summary>
    /// <param name="noiseFloor">The rounding noise of <see cref="FarCentral"/>.</param>
    /// <param name="relativeTolerance">The share of the slopes' size allowed for what the model leaves out.</param>
    public double? KinkDistance(double noiseFloor, double relativeTolerance = RelativeTolerance)
    {
        var tolerance = Tolerance(noiseFloor, relativeTolerance);
        var (outerDown, innerDown, innerUp, outerUp) = _chords;
        var straightBelow = Math.Abs(innerDown - outerDown) <= tolerance;
        var straightAbove = Math.Abs(innerUp - outerUp) <= tolerance;
        return (straightBelow, straightAbove) switch
        {
            (true, true) => 0,
            (true, false) => Within(innerUp, pointSide: innerDown, farSide: outerUp),
            (false, true) => Within(innerDown, pointSide: innerUp, farSide: outerDown),
            _ => null,
        };

        // The inner chord on the kink's side has the slope on the point's side over the kink's distance and the far slope
        // beyond it; when it has the near slope alone, the kink is in the outer chord, beyond the near half-span.
        double Within(double inner, double pointSide, double farSide)
            => Math.Abs(inner - pointSide) <= tolerance ? _near : _near * Math.Clamp((inner - farSide) / (pointSide - farSide), 0, 1);
    }

    /// <summary>
    /// The rounding noise of <see cref="Extrapolated"/>: each central difference's floor times its weight, about three
    /// times the floor of the far one at half the span (the near one's floor is twice the far one's).
    /// </summary>
    public double ExtrapolatedNoiseFloor(double farNoiseFloor, double nearNoiseFloor) => (_weights.Near * nearNoiseFloor) + (_weights.Far * farNoiseFloor);

    /// <summary>
    /// Whether the slopes are those of a smooth function: both one-sided slopes are what the central differences predict
    /// for one (<c>f' - f''' a b / 6</c>), so their spread is truncation, which <see cref="Extrapolated"/> removes.
    /// </summary>
    /// <remarks>
    /// Not proof: a kink at a third of the far span makes both one-sided slopes the slope on the near side of it, exactly
    /// what this test expects of a smooth function. Callers trust <see cref="Extrapolated"/> only where it agrees with the
    /// analytic value, and otherwise ask <see cref="ShowKinkExplaining"/>.
    /// </remarks>
    /// <param name="noiseFloor">The rounding noise of <see cref="FarCentral"/>.</param>
    /// <param name="relativeTolerance">The share of the slopes' size allowed for what the model leaves out.</param>
    public bool AreSmooth(double noiseFloor, double relativeTolerance = RelativeTolerance)
    {
        var tolerance = Tolerance(noiseFloor, relativeTolerance);
        return Math.Abs(Left - _smoothOneSided) <= tolerance && Math.Abs(Right - _smoothOneSided) <= tolerance;
    }

    /// <summary>
    /// Whether a non-differentiable point explains a mismatch: the estimates spread beyond rounding and
    /// <paramref name="analytic"/> lies within their range (it is one of the one-sided derivatives, or a subgradient
    /// between them). An analytic value outside that range is a bug whatever the spread.
    /// </summary>
    /// <param name="noiseFloor">The rounding noise of <see cref="FarCentral"/>.</param>
    /// <param name="relativeTolerance">The share of the slopes' size allowed for what the model leaves out.</param>
    public bool ShowKinkExplaining(double analytic, double noiseFloor, double relativeTolerance = RelativeTolerance)
    {
        var lowest = Math.Min(Math.Min(Left, Right), Math.Min(FarCentral, NearCentral));
        var highest = Math.Max(Math.Max(Left, Right), Math.Max(FarCentral, NearCentral));
        var tolerance = Tolerance(noiseFloor, relativeTolerance);
        var differentiable = highest - lowest <= tolerance;
        var analyticOutside = analytic < lowest - tolerance || analytic > highest + tolerance;
        return !differentiable && !analyticOutside;
    }

    /// <summary>
    /// Whether a kink could cause <paramref name="mismatch"/> between an analytic derivative and the central difference
    /// over <paramref name="span"/>, judged from three values alone: a kink of slope jump <c>J</c> inside the span makes
    /// <c>|f(+) + f(-) - 2 f(0)| / span</c> at least as large as the mismatch it causes, whereas a smooth function makes
    /// it about <c>span |f''| / 4</c>. A mismatch the curvature cannot explain is not a kink's.
    /// </summary>
    /// <param name="outerMean"><c>(f(+) + f(-)) / 2</c>.</param>
    public static bool CurvatureAllowsKink(double mismatch, double outerMean, double center, double span, double noiseFloor)
        => mismatch <= 2 * ((2 * Math.Abs(outerMean - center) / span) + noiseFloor);

    private double Tolerance(double noiseFloor, double relativeTolerance)
    {
        var largest = Math.Max(Math.Max(Math.Abs(Left), Math.Abs(Right)), Math.Max(Math.Abs(FarCentral), Math.Abs(NearCentral)));
        return (NoiseFloorsOfSpread * noiseFloor) + (relativeTolerance * largest);
    }

    private static double Chord((double Offset, double Value) from, (double Offset, double Value) to) => (to.Value - from.Value) / (to.Offset - from.Offset);

    /// <summary>The derivative at 0 of the parabola through <c>(0, f0)</c>, <paramref name="near"/> and <paramref name="far"/>.</summary>
    private static double SlopeAtZero(double f0, (double Offset, double Value) near, (double Offset, double Value) far)
        => (f0 * -(near.Offset + far.Offset) / (near.Offset * far.Offset))
            + (near.Value * far.Offset / (near.Offset * (far.Offset - near.Offset)))
            - (far.Value * near.Offset / (far.Offset * (far.Offset - near.Offset)));
}
