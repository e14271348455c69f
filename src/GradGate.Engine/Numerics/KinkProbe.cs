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
/// <item>Free: whether the curvature over <c>[x - h, x + h]</c> could explain the mismatch
/// (<see cref="FivePointSlopes.CurvatureAllowsKink"/>); if not, it is a bug, and nothing more is evaluated.</item>
/// <item>Two evaluations, at <c>x +- h/2</c>: with the three known values they give five samples, judged by
/// <see cref="FivePointSlopes"/>.</item>
/// </list>
/// </remarks>
internal sealed class KinkProbe<T>(IScalarObjective objective, double warningThreshold, double delta)
    where T : struct, IFloatingPointIeee754<T>
{
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
        return FivePointSlopes.CurvatureAllowsKink(
            Math.Abs(block.Analytic[coordinate] - block.Numeric[coordinate]), block.OuterMean[coordinate], Center(), realisedStep, block.NoiseFloor[coordinate]);
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

        var halfDifference = block.Numeric[coordinate] * (outerUp - outerDown) / 2;
        var outerMean = block.OuterMean[coordinate];
        var slopes = FivePointSlopes.From(
            Center(), (halfUp, valueHalfUp), (halfDown, valueHalfDown), (outerUp, outerMean + halfDifference), (outerDown, outerMean - halfDifference));
        return slopes.ShowKinkExplaining(block.Analytic[coordinate], block.NoiseFloor[coordinate])
            ? new Kink(coordinate, slopes.Left, slopes.Right)
            : null;
    }

    /// <summary>The value of the objective at the check's point, evaluated once, when first needed.</summary>
    private double Center() => _center ??= objective.Evaluate().Value;
}
