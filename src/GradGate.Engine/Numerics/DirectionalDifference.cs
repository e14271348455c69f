using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Compares a directional derivative: the change of a scalar when one live array moves by <c>+-h u</c> against
/// the change the analytic gradient predicts for the same move.
/// </summary>
internal static class DirectionalDifference
{
    /// <summary>
    /// Evaluates <c>S(x + h u)</c> and <c>S(x - h u)</c> and puts every value back. Both sides are divided by
    /// <c>2h</c>: the numeric side is <c>(S+ - S-) / 2h</c>, the analytic side <c>g . d / 2h</c> where <c>d</c> is the
    /// move actually realised in <typeparamref name="T"/>, coordinate by coordinate, so rounding the perturbed
    /// values does not count as a mismatch. The noise floor is that of <see cref="CentralDifference"/>.
    /// </summary>
    public static DirectionalEstimate Estimate<T>(
        T[] values, double[] direction, T step, double[] analytic, double roundingPerUnit, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
    {
        var original = (T[])values.Clone();
        var predicted = 0.0;
        ScalarEvaluation up, down;
        try
        {
            for (var index = 0; index < values.Length; index++)
            {
                values[index] = original[index] + (step * T.CreateTruncating(direction[index]));
            }

            up = objective.Evaluate();
            for (var index = 0; index < values.Length; index++)
            {
                var lower = original[index] - (step * T.CreateTruncating(direction[index]));
                predicted += analytic[index] * (double.CreateTruncating(values[index]) - double.CreateTruncating(lower));
                values[index] = lower;
            }

            down = objective.Evaluate();
        }
        finally
        {
            original.CopyTo(values, 0);
        }

        var span = 2 * double.CreateTruncating(step);
        return new DirectionalEstimate(predicted / span, (up.Value - down.Value) / span, roundingPerUnit * (up.RoundingScale + down.RoundingScale) / span);
    }
}

/// <summary>One directional derivative: what the analytic gradient predicts, what the finite difference measured, and its rounding noise.</summary>
internal readonly record struct DirectionalEstimate(double Analytic, double Numeric, double NoiseFloor);
