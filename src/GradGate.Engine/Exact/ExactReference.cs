using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Exact;

/// <summary>
/// Evaluates a generic loss with <see cref="Dual"/> numbers at the check's point, along one coordinate or one direction of a
/// block: the exact directional derivative, the bound on its rounding, and whether a non-differentiable point was met. Every
/// call gets fresh arrays, so the loss cannot disturb the point.
/// </summary>
internal sealed class ExactReference<T>(CheckContext context, IGenericLoss loss, IReadOnlyList<T[]> originals)
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "generic loss";

    private readonly double[][] _point = originals.Select(Widen.ToDoubles).ToArray();

    public ExactDerivative AtCoordinate(int block, int coordinate, string label)
        => Evaluate(block, index => index == coordinate ? 1 : 0, $"with dual numbers along {label}");

    public ExactDerivative Along(int block, IDirection direction, string activity) => Evaluate(block, direction.Component, activity);

    private ExactDerivative Evaluate(int block, Func<int, double> tangent, string activity)
    {
        var arrays = new Dual[_point.Length][];
        for (var array = 0; array < _point.Length; array++)
        {
            var values = _point[array];
            arrays[array] = new Dual[values.Length];
            for (var index = 0; index < values.Length; index++)
            {
                arrays[array][index] = new Dual(values[index], array == block ? tangent(index) : 0);
            }
        }

        Dual.ResetKinks();
        var result = ClosureCalls.Invoke(context, Closure, activity, () => loss.Loss<Dual>(arrays));
        return new ExactDerivative(result.Derivative, result.DerivativeError, Dual.Kinks > 0);
    }
}

/// <summary>A derivative from dual numbers, the bound on its rounding in units of the unit roundoff, and whether a kink was met.</summary>
internal readonly record struct ExactDerivative(double Value, double RoundingBound, bool Kink);
