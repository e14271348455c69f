using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Tells a gradient bug from a step that crossed a non-differentiable point (ReLU at zero, max, abs), for the
/// coordinates that would otherwise fail, and records the latter as <see cref="Kink"/>s.
/// </summary>
/// <remarks>
/// Modelled on Chainer's <c>detect_nondifferentiable</c>, our own formulation. Only a coordinate whose
/// element relative error is above the warning threshold and beyond its noise floor is examined, in two stages:
/// <list type="number">
/// <item>Free: a kink of slope jump <c>J</c> inside <c>[x - h, x + h]</c> makes <c>|S(x+h) + S(x-h) - 2 S(x)| / 2h</c>
/// at least as large as the mismatch it causes, whereas a smooth loss makes it about <c>h |S''| / 2</c>. A mismatch
/// the curvature cannot explain is a bug, and nothing more is evaluated.</item>
/// <item>Two evaluations, at <c>x +- h/2</c>: with the three known values they give five samples, from which four
/// derivative estimates at <c>x</c> follow: quadratic fits over the left three and over the right three
/// samples, and central differences at <c>h</c> and at <c>h/2</c>. On a smooth loss all four agree to
/// <c>O(h^2)</c> (the one-sided fits to <c>O(h^3)</c>); across a kink they spread apart. The coordinate is
/// inconclusive when they spread beyond rounding and the analytic value lies within their range (it is one
/// of the one-sided derivatives, or a subgradient between them); an analytic value outside that range is
/// still a bug.</item>
/// </list>
/// Rounding: one value of <c>S</c> is off by up to <c>r</c>, the central difference by its noise floor
/// <c>r / h</c>, a one-sided fit by up to eight times that; the estimates may therefore spread by sixteen
/// noise floors, plus <see cref="RelativeTolerance"/> of their size for the truncation of a large step.
/// </remarks>
internal sealed class KinkProbe<T>(IScalarObjective objective, double warningThreshold, double delta)
    where T : struct, IFloatingPointIeee754<T>
{
    public const double RelativeTolerance = 1e-3;
    private const double NoiseFloorsOfSpread = 16;

    private double? _center;

    /// <summary>Adds to <see cref="GradientBlock.Kinks"/> every coordinate of <paramref name="block"/> whose mismatch a kink explains.</summary>
    /// <param name="values">The block's live array, at the check's point.</param>
    public void Examine(GradientBlock block, T[] values, T step)
    {
        foreach (var coordinate in block.Coordinates)
        {
            if (WouldFail(block, coordinate) && CurvatureExplains(block, coordinate, values, step) && Probe(block, coordinate, values, step) is { } kink)
            {
                block.Kinks.Add(kink);
            }
        }
    }

    private bool WouldFail(GradientBlock block, int coordinate)
    {
        var analytic = block.Analytic[coordinate];
        var numeric = block.Numeric[coordinate];
        var difference = Math.Abs(analytic - numeric);
        return double.IsFinite(block.NoiseFloor[coordinate])
            && difference > block.NoiseFloor[coordinate]
            && difference > warningThreshold * (Math.Abs(analytic) + Math.Abs(numeric) + delta);
    }

    private bool CurvatureExplains(GradientBlock block, int coordinate, T[] values, T step)
    {
        var original = values[coordinate];
        var realisedStep = double.CreateTruncating((original + step) - (original - step));
        var curvatureSlope = 2 * Math.Abs(block.OuterMean[coordinate] - Center()) / realisedStep;
        var difference = Math.Abs(block.Analytic[coordinate] - block.Numeric[coordinate]);
        return difference <= 2 * (curvatureSlope + block.NoiseFloor[coordinate]);
    }

    private Kink? Probe(GradientBlock block, int coordinate, T[] values, T step)
    {
        var original = values[coordinate];
        var half = step / (T.One + T.One);
        var at = double.CreateTruncating(original);
        var (outerUp, outerDown) = (double.CreateTruncating(original + step) - at, double.CreateTruncating(original - step) - at);
        var (halfUp, halfDown) = (double.CreateTruncating(original + half) - at, double.CreateTruncating(original - half) - at);
        if (halfUp <= 0 || halfUp >= outerUp || halfDown >= 0 || halfDown <= outerDown)
        {
            return null;
        }

        double valueHalfUp, valueHalfDown;
        try
        {
            values[coordinate] = original + half;
            valueHalfUp = objective.Evaluate().Value;
            values[coordinate] = original - half;
            valueHalfDown = objective.Evaluate().Value;
        }
        finally
        {
            values[coordinate] = original;
        }

        var numeric = block.Numeric[coordinate];
        var halfDifference = numeric * (outerUp - outerDown) / 2;
        var center = Center();
        var right = SlopeAtZero(center, halfUp, valueHalfUp, outerUp, block.OuterMean[coordinate] + halfDifference);
        var left = SlopeAtZero(center, halfDown, valueHalfDown, outerDown, block.OuterMean[coordinate] - halfDifference);
        var halfCentral = (valueHalfUp - valueHalfDown) / (halfUp - halfDown);
        var lowest = Math.Min(Math.Min(left, right), Math.Min(numeric, halfCentral));
        var highest = Math.Max(Math.Max(left, right), Math.Max(numeric, halfCentral));
        var tolerance = (NoiseFloorsOfSpread * block.NoiseFloor[coordinate]) + (RelativeTolerance * Math.Max(Math.Abs(lowest), Math.Abs(highest)));
        var analytic = block.Analytic[coordinate];
        var differentiable = highest - lowest <= tolerance;
        var analyticOutside = analytic < lowest - tolerance || analytic > highest + tolerance;
        return differentiable || analyticOutside ? null : new Kink(coordinate, left, right);
    }

    /// <summary>The value of the objective at the check's point, evaluated once, when first needed.</summary>
    private double Center() => _center ??= objective.Evaluate().Value;

    /// <summary>The derivative at 0 of the parabola through <c>(0, f0)</c>, <c>(near, fNear)</c> and <c>(far, fFar)</c>.</summary>
    private static double SlopeAtZero(double f0, double near, double fNear, double far, double fFar)
        => (f0 * -(near + far) / (near * far))
            + (fNear * far / (near * (far - near)))
            - (fFar * near / (far * (far - near)));
}
