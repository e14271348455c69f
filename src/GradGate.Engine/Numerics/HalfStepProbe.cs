using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Results;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Takes a second look, at half the step, at every coordinate whose central difference would fail: where the function is
/// smooth, the mismatch may be the step's truncation, which Richardson extrapolation removes; where the step crossed a
/// non-differentiable point (ReLU at zero, max, abs), the coordinate is recorded as a <see cref="Kink"/>.
/// </summary>
/// <remarks>
/// A coordinate is examined when its element relative error is above the warning threshold and beyond its noise floor,
/// and either a kink could explain it (<see cref="FivePointSlopes.CurvatureAllowsKink"/>, free) or extrapolation could
/// repair it: removing the <c>h^2</c> truncation leaves an <c>h^4</c> remainder of about the square of the relative error
/// it removed, so above <c>sqrt(error threshold)</c> no extrapolation passes and the mismatch is a bug with nothing more
/// evaluated. Two evaluations, at <c>x +- h_i/2</c>, then give five samples with the three known values
/// (<see cref="FivePointSlopes"/>), judged in this order:
/// <list type="number">
/// <item>The slopes are smooth and the extrapolated derivative <c>(4 D(h/2) - D(h)) / 3</c> agrees with the analytic
/// value: the mismatch was truncation, and the extrapolated value replaces the numeric one, with its noise floor
/// (about three times the central difference's, since extrapolation amplifies rounding).</item>
/// <item>The curvature allows a kink and the slopes show one that explains the analytic value: inconclusive.</item>
/// <item>The slopes are smooth: the extrapolated value, the more accurate one, replaces the numeric one, and the
/// mismatch is judged on it.</item>
/// </list>
/// The agreement comes first because a kink at a third of the step passes the smoothness test (see
/// <see cref="FivePointSlopes.AreSmooth"/>); its extrapolated value then disagrees, and the kink test decides. At a step
/// GradGate enlarged for the loss's rounding, the slopes are judged to the error threshold rather than to a thousandth
/// (<see cref="FivePointSlopes.RelativeToleranceAtEnlargedStep"/>), and a kink may explain any mismatch extrapolation
/// could repair, whatever the curvature: the curvature test assumes a kink's curvature shows, which a smooth curvature
/// of the opposite sign can cancel, and across a step a thousand times larger that is no longer a rare coincidence.
/// </remarks>
internal sealed class HalfStepProbe<T>(IScalarObjective objective, ValueAtPoint center, CheckSettings settings, double roundingPerUnit)
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly double _largestRepairableError = Math.Sqrt(settings.ErrorThreshold);

    /// <summary>
    /// Replaces the numeric value and noise floor of every coordinate of <paramref name="block"/> whose mismatch was
    /// truncation, and adds to <see cref="GradientBlock.Kinks"/> every one whose mismatch a kink explains.
    /// </summary>
    /// <param name="values">The block's live array, at the check's point.</param>
    public void Examine(GradientBlock block, ArraySegment<T> values, T step)
    {
        var enlarged = block.AdaptedStep is not null;
        var relativeTolerance = enlarged ? FivePointSlopes.RelativeToleranceAtEnlargedStep(settings.ErrorThreshold) : FivePointSlopes.RelativeTolerance;
        foreach (var coordinate in block.Coordinates)
        {
            var (analytic, numeric, noiseFloor) = (block.Analytic[coordinate], block.Numeric[coordinate], block.NoiseFloor[coordinate]);
            if (!WouldFail(analytic, numeric, noiseFloor))
            {
                continue;
            }

            var (coordinateStep, _, _, realisedStep) = RelativeStep.Around(values[coordinate], step);
            var curvatureAllowsKink = FivePointSlopes.CurvatureAllowsKink(
                Math.Abs(analytic - numeric), block.OuterMean[coordinate], center.Value, realisedStep, noiseFloor);
            if (!curvatureAllowsKink && ElementRelativeError(analytic, numeric) > _largestRepairableError)
            {
                continue;
            }

            var kinkPossible = curvatureAllowsKink || enlarged;

            if (Probe(block, coordinate, values, coordinateStep) is not { } probe)
            {
                continue;
            }

            var (slopes, nearNoiseFloor) = probe;
            var extrapolated = slopes.Extrapolated;
            var extrapolatedNoise = slopes.ExtrapolatedNoiseFloor(noiseFloor, nearNoiseFloor);
            var smooth = slopes.AreSmooth(noiseFloor, relativeTolerance);
            if (smooth && !WouldFail(analytic, extrapolated, extrapolatedNoise))
            {
                (block.Numeric[coordinate], block.NoiseFloor[coordinate]) = (extrapolated, extrapolatedNoise);
            }
            else if (kinkPossible && slopes.ShowKinkExplaining(analytic, noiseFloor, relativeTolerance))
            {
                var distance = slopes.KinkDistance(noiseFloor, relativeTolerance);
                var scale = RelativeStep.Scale(double.CreateTruncating(values[coordinate]));
                block.Kinks.Add(new Kink(coordinate, slopes.Left, slopes.Right, distance / scale));
            }
            else if (smooth)
            {
                (block.Numeric[coordinate], block.NoiseFloor[coordinate]) = (extrapolated, extrapolatedNoise);
            }
        }
    }

    private bool WouldFail(double analytic, double numeric, double noiseFloor)
    {
        var difference = Math.Abs(analytic - numeric);
        return double.IsFinite(noiseFloor)
            && difference > noiseFloor
            && difference > settings.WarningThreshold * (Math.Abs(analytic) + Math.Abs(numeric) + settings.Delta);
    }

    private double ElementRelativeError(double analytic, double numeric)
        => Math.Abs(analytic - numeric) / (Math.Abs(analytic) + Math.Abs(numeric) + settings.Delta);

    /// <summary>Evaluates the half steps and returns the five samples' slopes with the noise floor of the near central difference.</summary>
    /// <returns>Null when the half steps do not fall strictly between the point and the full steps in <typeparamref name="T"/>.</returns>
    private (FivePointSlopes Slopes, double NearNoiseFloor)? Probe(GradientBlock block, int coordinate, ArraySegment<T> values, T coordinateStep)
    {
        var original = values[coordinate];
        var half = coordinateStep / (T.One + T.One);
        var at = double.CreateTruncating(original);
        var (outerUp, outerDown) = (double.CreateTruncating(original + coordinateStep) - at, double.CreateTruncating(original - coordinateStep) - at);
        var (halfUp, halfDown) = (double.CreateTruncating(original + half) - at, double.CreateTruncating(original - half) - at);
        if (halfUp <= 0 || halfUp >= outerUp || halfDown >= 0 || halfDown <= outerDown)
        {
            return null;
        }

        ScalarEvaluation up, down;
        try
        {
            values[coordinate] = original + half;
            up = objective.Evaluate();
            values[coordinate] = original - half;
            down = objective.Evaluate();
        }
        finally
        {
            values[coordinate] = original;
        }

        var halfDifference = block.Numeric[coordinate] * (outerUp - outerDown) / 2;
        var outerMean = block.OuterMean[coordinate];
        var slopes = FivePointSlopes.From(
            center.Value, (halfUp, up.Value), (halfDown, down.Value), (outerUp, outerMean + halfDifference), (outerDown, outerMean - halfDifference));
        return (slopes, roundingPerUnit * (up.RoundingScale + down.RoundingScale) / (halfUp - halfDown));
    }
}
