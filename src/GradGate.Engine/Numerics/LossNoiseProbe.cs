using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Measures how much the computed scalar is off by rounding near the check's point when a block moves along a direction:
/// its values at nine equally spaced points from <c>x - h u</c> to <c>x + h u</c> feed <see cref="ComputationalNoise"/>.
/// The ends are the values a directional difference at step <c>h</c> already has and the middle is the value at the
/// point, so six evaluations are new.
/// </summary>
/// <remarks>
/// Moving every coordinate of a block of millions rounds a sum in millions of places, and how much that adds up to
/// depends on how the loss sums (one term after another, pairwise, in vector lanes): the allowance of
/// <see cref="Settings.ElementPrecision.RoundingPerUnit"/> per step of a random walk bounds it for any of them, and is
/// a hundred times the real noise of a pairwise sum of ten million squares. The spacing <c>h / 4</c> is small enough
/// that a smooth loss's third and higher differences are far below the noise a directional difference at <c>h</c> has
/// to resolve, and large enough that every moved coordinate changes, so the rounding differs from point to point.
/// </remarks>
internal sealed class LossNoiseProbe<T>(IScalarObjective objective, ValueAtPoint center)
    where T : struct, IFloatingPointIeee754<T>
{
    private const int PointsPerSide = 4;

    /// <param name="up">The value at <c>x + step u</c>; <paramref name="down"/> at <c>x - step u</c>.</param>
    /// <returns>The standard deviation of the scalar's rounding along the line, or null when the values do not show it.</returns>
    public double? Along<TDirection>(BlockLine<T, TDirection> line, T step, double up, double down)
        where TDirection : struct, IDirection
    {
        var spacing = step / T.CreateTruncating(PointsPerSide);
        var values = new double[(2 * PointsPerSide) + 1];
        (values[0], values[PointsPerSide], values[^1]) = (down, center.Value, up);
        for (var point = 1; point < PointsPerSide; point++)
        {
            var offset = T.CreateTruncating(point) * spacing;
            values[PointsPerSide + point] = line.Evaluate(offset, objective).Value;
            values[PointsPerSide - point] = line.Evaluate(-offset, objective).Value;
        }

        return ComputationalNoise.StandardDeviation(values);
    }
}
