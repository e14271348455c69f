using System.Numerics;
using GradGate.Engine.Evaluation;

namespace GradGate.Engine.Numerics;

/// <summary>
/// Tells a directional derivative that disagrees because the move crossed a non-differentiable point (a ReLU unit at
/// zero, which a directional move shifts together with every other unit) from one that disagrees because the gradient
/// is wrong: <see cref="KinkProbe{T}"/>'s two stages, along the direction instead of along one coordinate.
/// </summary>
/// <remarks>
/// The function examined is <c>f(t) = S(x + t u)</c>: its values at <c>t = +-h</c> are known from the estimate, the
/// value at the point is evaluated once per probe, and the values at <c>t = +-h/2</c> only for a mismatch the
/// curvature could explain. The offsets are the nominal ones; the rounding of the moved values in
/// <typeparamref name="T"/> is far below the spread a kink causes.
/// </remarks>
internal sealed class DirectionalKinkProbe<T>(IScalarObjective objective, ValueAtPoint center)
    where T : struct, IFloatingPointIeee754<T>
{
    /// <returns><paramref name="estimate"/>, with <see cref="DirectionalEstimate.Kink"/> set when a kink explains its mismatch.</returns>
    public DirectionalEstimate Examine<TDirection>(BlockLine<T, TDirection> line, T step, DirectionalEstimate estimate)
        where TDirection : struct, IDirection
    {
        var h = double.CreateTruncating(step);
        if (!FivePointSlopes.CurvatureAllowsKink(estimate.Mismatch, estimate.OuterMean, center.Value, 2 * h, estimate.NoiseFloor))
        {
            return estimate;
        }

        var half = step / (T.One + T.One);
        var halfUp = line.Evaluate(half, objective).Value;
        var halfDown = line.Evaluate(-half, objective).Value;
        var slopes = FivePointSlopes.From(center.Value, (h / 2, halfUp), (-h / 2, halfDown), (h, estimate.Up), (-h, estimate.Down));
        return slopes.ShowKinkExplaining(estimate.Analytic, estimate.NoiseFloor) ? estimate with { Kink = (slopes.Left, slopes.Right) } : estimate;
    }
}
