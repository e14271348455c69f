using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Settings;

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
    /// values does not count as a mismatch. The line scales the direction to the values (<see cref="RelativeStep.Scale"/>), so
    /// every coordinate moves by about its own step.
    /// </summary>
    /// <remarks>
    /// Noise floor: that of <see cref="CentralDifference"/> times <c>sqrt(n)</c> for the n coordinates moved. When one
    /// coordinate moves, the two losses round alike wherever its term does not reach, and most rounding errors cancel
    /// in <c>S+ - S-</c>; when every coordinate moves, each of the loss's n rounded terms and partial sums rounds
    /// differently on the two sides, and those independent errors add up like a random walk. The floor grants each
    /// loss <see cref="ElementPrecision.RoundingPerUnit"/> per step of that walk, a bound; the typical noise grants it
    /// one unit roundoff, <c>eps_mach / 2</c>, about five standard deviations of a sequential sum's rounding and forty
    /// of a pairwise or vectorised one's (measured on sums of a million and ten million squares: 0.2 and 0.027
    /// <c>eps_mach |S| sqrt(n)</c> for <c>S+ - S-</c>). Where the floor leaves a direction undecided, the rounding is
    /// measured and the direction measured again at a larger step (<see cref="Checks.NoiseLimitedDirections{T}"/>).
    /// </remarks>
    public static DirectionalEstimate Estimate<T, TDirection>(
        BlockLine<T, TDirection> line, T step, double[] analytic, ElementPrecision precision, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
        where TDirection : struct, IDirection
    {
        var (up, predicted, moveSquares) = line.EvaluateAndRealise(step, analytic, objective);
        var down = line.Evaluate(-step, objective);
        var span = 2 * double.CreateTruncating(step);
        var walk = (up.RoundingScale + down.RoundingScale) * Math.Sqrt(line.Count) / span;
        return new DirectionalEstimate(
            predicted / span, (up.Value - down.Value) / span, precision.RoundingPerUnit * walk, precision.MachineEpsilon / 2 * walk, Math.Sqrt(moveSquares / line.Count) / span)
        {
            Up = up.Value,
            Down = down.Value,
        };
    }
}

/// <summary>One directional derivative: what the analytic gradient predicts, what the finite difference measured, and its rounding noise.</summary>
/// <param name="NoiseFloor">The most rounding can make the two sides differ by.</param>
/// <param name="TypicalNoise">What rounding typically makes them differ by at most: a difference beyond it, and beyond what an error at the threshold would cause, proves an error.</param>
/// <param name="RmsDirection">The root mean square of the direction's components as realised: a gradient error <c>e</c> changes the directional derivative by about <c>||e||</c> times it.</param>
internal readonly record struct DirectionalEstimate(double Analytic, double Numeric, double NoiseFloor, double TypicalNoise, double RmsDirection)
{
    public double Mismatch => Math.Abs(Analytic - Numeric);

    /// <summary><c>S(x + h u)</c>, as evaluated.</summary>
    public double Up { get; init; }

    /// <summary><c>S(x - h u)</c>, as evaluated.</summary>
    public double Down { get; init; }

    /// <summary>
    /// The step the estimate was taken at when it is a second look at a larger step than the setting's, extrapolated from it
    /// and its half because the loss's rounding hid the first (see <see cref="Checks.NoiseLimitedDirections{T}"/>); null otherwise.
    /// </summary>
    public double? Step { get; init; }

    /// <summary><c>(S(x + h u) + S(x - h u)) / 2</c>: with the value at the point it gives the curvature a kink would show.</summary>
    public double OuterMean => (Up + Down) / 2;

    /// <summary>
    /// The slopes from the left and from the right along the direction, when the move crossed a point where the scalar
    /// is not differentiable and that explains the mismatch (see <see cref="DirectionalKinkProbe{T}"/>); null otherwise
    /// or when not examined.
    /// </summary>
    public (double Left, double Right)? Kink { get; init; }
}
