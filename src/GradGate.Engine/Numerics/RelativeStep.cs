using System.Numerics;

namespace GradGate.Engine.Numerics;

/// <summary>
/// The step a coordinate is perturbed by: <c>h_i = h * max(1, |x_i|)</c>, absolute near zero and relative for large values
/// (the convention of scipy's <c>approx_derivative</c> and numdifftools).
/// </summary>
/// <remarks>
/// An absolute step is resolved only as finely as the spacing of floating-point values around <c>x</c>, which grows with
/// <c>|x|</c>: in float32 at <c>x = 3e4</c> the spacing is about 2e-3, so a step of 1e-2 is realised as a handful of units
/// in the last place while the loss rounds as if the step were relative; in float64 a step of 1e-6 at <c>x = 1e9</c> is
/// about eight of them. Scaling by <c>|x|</c> keeps the step the same number of significant digits of the value whatever
/// its size. Coordinates with <c>|x| &lt;= 1</c> keep the absolute step, bit for bit: scaling them down as well would
/// take the step below what the loss's rounding allows near zero. The product is formed in the element type; callers
/// still divide by the step actually realised there.
/// </remarks>
internal static class RelativeStep
{
    public static T At<T>(T value, T step)
        where T : struct, IFloatingPointIeee754<T>
        => step * T.Max(T.One, T.Abs(value));

    /// <summary>
    /// The coordinate's own step, the two points <c>value +- h_i</c> it is evaluated at, and the span between them as
    /// realised in <typeparamref name="T"/>, the divisor of a central difference (0 where the step vanished).
    /// </summary>
    public static (T Step, T Plus, T Minus, double Span) Around<T>(T value, T step)
        where T : struct, IFloatingPointIeee754<T>
    {
        var coordinateStep = At(value, step);
        var (plus, minus) = (value + coordinateStep, value - coordinateStep);
        return (coordinateStep, plus, minus, double.CreateTruncating(plus - minus));
    }

    /// <summary>
    /// What a direction's component at a coordinate of value <paramref name="value"/> is multiplied by, <c>max(1, |x_i|)</c>,
    /// so that a move of <c>h u</c> moves every coordinate by its own relative step.
    /// </summary>
    public static double Scale(double value) => Math.Max(1, Math.Abs(value));
}
