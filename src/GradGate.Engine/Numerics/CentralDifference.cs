using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Estimates one coordinate of the numeric gradient of a scalar over a live array, perturbing it in place and always
/// putting it back. Knows nothing about verdicts: judging is done elsewhere, so a
/// sampled or parallel estimate can feed the same judge.
/// </summary>
internal static class CentralDifference
{
    /// <summary>
    /// <c>(S(x + h_i) - S(x - h_i)) / s</c> for one coordinate, with its noise floor and <c>(S(x + h_i) + S(x - h_i)) / 2</c>,
    /// where <c>h_i</c> is the coordinate's own step (<see cref="RelativeStep"/>); the coordinate is put back however the
    /// objective returns.
    /// </summary>
    /// <remarks>
    /// The denominator <c>s</c> is the step actually realised in <typeparamref name="T"/>,
    /// <c>(x + h_i) - (x - h_i)</c> computed in <typeparamref name="T"/>, not <c>2h</c>: in float32 the two
    /// differ by up to one unit in the last place of <c>x</c>.
    /// <para>
    /// Noise floor: each computed value of <c>S</c> is taken to be off by up to
    /// <c>rounding = k eps_mach |S|</c> (<see cref="Settings.ElementPrecision.RoundingPerUnit"/>), so the
    /// difference quotient is uncertain by <c>(rounding(S+) + rounding(S-)) / s</c>. A difference between
    /// analytic and numeric gradients within that floor is rounding noise, not evidence of a bug.
    /// </para>
    /// <para>
    /// The outer mean is what <see cref="HalfStepProbe{T}"/> compares with the value at the point.
    /// </para>
    /// </remarks>
    /// <returns>
    /// Null, with nothing evaluated, where the step vanishes in <typeparamref name="T"/> (<c>x + h_i == x - h_i</c>: since
    /// <c>h_i</c> grows with <c>|x|</c>, only a step <c>h</c> below the type's resolution does).
    /// </returns>
    public static CoordinateEstimate? EstimateOne<T>(ArraySegment<T> values, int coordinate, T step, double roundingPerUnit, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
    {
        var original = values[coordinate];
        var (_, plus, minus, realisedStep) = RelativeStep.Around(original, step);
        if (realisedStep == 0)
        {
            return null;
        }

        ScalarEvaluation up;
        ScalarEvaluation down;
        try
        {
            values[coordinate] = plus;
            up = objective.Evaluate();
            values[coordinate] = minus;
            down = objective.Evaluate();
        }
        finally
        {
            values[coordinate] = original;
        }

        return new CoordinateEstimate(
            (up.Value - down.Value) / realisedStep, roundingPerUnit * (up.RoundingScale + down.RoundingScale) / realisedStep, (up.Value + down.Value) / 2);
    }
}

/// <summary>One coordinate's central difference, its noise floor and <c>(S(x + h) + S(x - h)) / 2</c>.</summary>
internal readonly record struct CoordinateEstimate(double Numeric, double NoiseFloor, double OuterMean);
