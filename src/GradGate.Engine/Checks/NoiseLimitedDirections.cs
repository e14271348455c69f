using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Measures again, at a larger step, a directional derivative that disagrees by more than half of what a gradient off by
/// the error threshold would cause but no more than the rounding of the loss may cause: at the default step such a
/// disagreement says nothing either way. The loss's rounding along the direction is measured first
/// (<see cref="LossNoiseProbe{T}"/>, once per block), and the step is enlarged until that rounding, tripled by Richardson
/// extrapolation, is within a quarter of the threshold's disagreement with a margin of <see cref="NoiseDeviations"/>
/// deviations (<see cref="NoiseAdaptedStep"/>). The difference at the larger step is extrapolated from it and its half
/// (<see cref="FivePointSlopes"/>), so the larger step's truncation does not count as a mismatch; a correct gradient then
/// agrees, and a wrong one disagrees by as much as before, beyond the rounding.
/// </summary>
/// <remarks>
/// Only GradGate's own step is enlarged (<see cref="CheckContext.AdaptsStep"/>). The estimate is left as it was when the
/// needed step is beyond <see cref="NoiseAdaptedStep.Largest"/> and the largest would not resolve the disagreement either,
/// or when the five values at the larger step are not those of a smooth function (a kink within the larger move), or
/// when the disagreement at the larger step differs from the one at the setting's step by more than the rounding of both
/// allows: a gradient error disagrees by the same at any step and rounding only shrinks, so a disagreement that moved is
/// the larger step's own (a kink it crosses that the five values, judged to a thousandth of the derivative, do not show).
/// The block is then checked coordinate by coordinate as before. The retried estimate keeps the element type's bound on the
/// rounding as its floor, scaled to the larger step, so it agrees only within that bound, as at the setting's step. It
/// proves an error beyond <see cref="ProofDeviations"/> measured deviations of its rounding and, as every direction,
/// beyond the disagreement a gradient off by the error threshold would cause, which the step was chosen to make at least
/// 32 measured deviations: a measurement low by a factor of five still leaves six, so a correct gradient does not fail.
/// The element type's typical noise, a sequential sum's five deviations but a vectorised sum's forty, is not asked for
/// when the noise was measured: at a hundred million weights it would hide a single weight off by one.
/// </remarks>
internal sealed class NoiseLimitedDirections<T>(CheckContext context, IScalarObjective objective, ValueAtPoint center)
    where T : struct, IFloatingPointIeee754<T>
{
    /// <summary>The margin on the measured noise when choosing the step: a measurement of nine values can be low by a factor of three.</summary>
    private const double NoiseDeviations = 8;

    /// <summary>How many measured deviations of the rounding a disagreement must exceed to prove an error.</summary>
    private const double ProofDeviations = 4;

    private readonly LossNoiseProbe<T> _noise = new(objective, center);

    public DirectionalEstimate Resolve<TDirection>(GradientBlock block, BlockLine<T, TDirection> line, T step, DirectionalEstimate estimate)
        where TDirection : struct, IDirection
    {
        if (!context.AdaptsStep || estimate.Mismatch > estimate.NoiseFloor || DirectionalJudge.Agrees(context, block, [estimate]))
        {
            return estimate;
        }

        var h = double.CreateTruncating(step);
        if (!block.LossNoiseMeasured)
        {
            objective.Activity = $"while measuring the rounding noise of the loss along a direction of {block.Name}";
            (block.LossNoise, block.LossNoiseMeasured) = (_noise.Along(line, step, estimate.Up, estimate.Down), true);
        }

        var noise = block.LossNoise is { } deviation ? Math.Sqrt(2) * deviation / (2 * h) : estimate.TypicalNoise;
        var target = DirectionalJudge.ThresholdMismatch(context, block, estimate) / 4;
        var needed = NoiseAdaptedStep.Needed(h, 3 * NoiseDeviations * noise, target);
        var largest = NoiseAdaptedStep.Largest(context.Settings);
        if (needed > largest && 3 * noise * h / largest > target)
        {
            return estimate;
        }

        objective.Activity = $"while comparing directional derivatives of {block.Name} at a larger step (rounding noise of the loss)";
        if (Extrapolated(block, line, T.CreateTruncating(Math.Min(needed, largest))) is not { } retried)
        {
            return estimate;
        }

        var drift = Math.Abs((retried.Analytic - retried.Numeric) - (estimate.Analytic - estimate.Numeric));
        return drift <= (ProofDeviations * noise) + retried.TypicalNoise ? retried : estimate;
    }

    /// <summary>The directional derivative extrapolated from the steps <paramref name="step"/> and half of it; null when the five values are not smooth.</summary>
    private DirectionalEstimate? Extrapolated<TDirection>(GradientBlock block, BlockLine<T, TDirection> line, T step)
        where TDirection : struct, IDirection
    {
        var half = step / (T.One + T.One);
        var (far, near) = (double.CreateTruncating(step), double.CreateTruncating(half));
        var (up, farPredicted, moveSquares) = line.EvaluateAndRealise(step, block.Analytic, objective);
        var down = line.Evaluate(-step, objective);
        var (halfUp, nearPredicted, _) = line.EvaluateAndRealise(half, block.Analytic, objective);
        var halfDown = line.Evaluate(-half, objective);
        var slopes = FivePointSlopes.From(center.Value, (near, halfUp.Value), (-near, halfDown.Value), (far, up.Value), (-far, down.Value));
        var walk = Math.Sqrt(line.Count);
        var (farWalk, nearWalk) = ((up.RoundingScale + down.RoundingScale) * walk / (2 * far), (halfUp.RoundingScale + halfDown.RoundingScale) * walk / (2 * near));
        var precision = context.Precision;
        var floor = slopes.ExtrapolatedNoiseFloor(precision.RoundingPerUnit * farWalk, precision.RoundingPerUnit * nearWalk);
        if (!slopes.AreSmooth(precision.RoundingPerUnit * farWalk, FivePointSlopes.RelativeToleranceAtEnlargedStep(context.Settings.ErrorThreshold)))
        {
            return null;
        }

        var typical = block.LossNoise is { } deviation
            ? ProofDeviations * slopes.ExtrapolatedNoiseFloor(Math.Sqrt(2) * deviation / (2 * far), Math.Sqrt(2) * deviation / (2 * near))
            : slopes.ExtrapolatedNoiseFloor(precision.MachineEpsilon / 2 * farWalk, precision.MachineEpsilon / 2 * nearWalk);

        var analytic = ((4 * nearPredicted / (2 * near)) - (farPredicted / (2 * far))) / 3;
        return new DirectionalEstimate(analytic, slopes.Extrapolated, floor, typical, Math.Sqrt(moveSquares / line.Count) / (2 * far))
        {
            Up = up.Value,
            Down = down.Value,
            Step = far,
        };
    }
}
