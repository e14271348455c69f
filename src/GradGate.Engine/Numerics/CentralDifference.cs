using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Estimates the numeric gradient of a scalar over chosen coordinates of one live array, perturbing each
/// in place and always putting it back. Knows nothing about verdicts: judging is done elsewhere, so a
/// sampled or parallel estimate can feed the same judge.
/// </summary>
internal static class CentralDifference
{
    /// <summary>
    /// Writes <c>(S(x + h_i) - S(x - h_i)) / s</c> into <paramref name="numeric"/> and its noise floor into
    /// <paramref name="noiseFloor"/> for every coordinate listed, both indexed like <paramref name="values"/>, where
    /// <c>h_i</c> is the coordinate's own step (<see cref="RelativeStep"/>).
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
    /// Where the step vanishes in <typeparamref name="T"/> (<c>x + h_i == x - h_i</c>: since <c>h_i</c> grows with
    /// <c>|x|</c>, only a step <c>h</c> below the type's resolution does) nothing is evaluated: the estimate is 0 with an
    /// infinite noise floor, and the count is returned.
    /// </para>
    /// <para>
    /// When <paramref name="outerMean"/> is given, it receives <c>(S(x + h_i) + S(x - h_i)) / 2</c>, which
    /// <see cref="HalfStepProbe{T}"/> compares with the value at the point.
    /// </para>
    /// </remarks>
    /// <returns>How many coordinates had a vanished step.</returns>
    public static int Estimate<T>(
        T[] values,
        ReadOnlySpan<int> coordinates,
        T step,
        double roundingPerUnit,
        IScalarObjective objective,
        Span<double> numeric,
        Span<double> noiseFloor,
        Span<double> outerMean = default)
        where T : struct, IFloatingPointIeee754<T>
    {
        var vanished = 0;
        foreach (var coordinate in coordinates)
        {
            if (EstimateOne(values, coordinate, step, roundingPerUnit, objective) is not { } estimate)
            {
                numeric[coordinate] = 0;
                noiseFloor[coordinate] = double.PositiveInfinity;
                vanished++;
                continue;
            }

            numeric[coordinate] = estimate.Numeric;
            noiseFloor[coordinate] = estimate.NoiseFloor;
            if (!outerMean.IsEmpty)
            {
                outerMean[coordinate] = estimate.OuterMean;
            }
        }

        return vanished;
    }

    /// <summary>The central difference of one coordinate, as <see cref="Estimate{T}"/> describes it; null where the step vanished.</summary>
    public static CoordinateEstimate? EstimateOne<T>(T[] values, int coordinate, T step, double roundingPerUnit, IScalarObjective objective)
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
