namespace GradGate.Runner;

/// <summary>
/// The runner's own checks, which the engine warm-up runs and throws away: never reported, never in a request. Each is
/// correct, so the warm-up takes the path of a passing check. <see cref="SumOfSquares"/> alone warms a runner started
/// for a request; a runner on standby, which waits for the compiler anyway, runs every kind (<see cref="Standby"/>).
/// </summary>
public static class WarmUpTarget
{
    /// <summary>The checks a runner on standby warms up with, one of each kind of target.</summary>
    internal static readonly string[] Standby =
        [nameof(SumOfSquares), nameof(Tripling), nameof(SquareHvp), nameof(GenericSumOfSquares), nameof(Healthy)];

    /// <summary><c>sum(x^2)</c> with its gradient <c>2x</c>: a loss, judged by central differences.</summary>
    [GradCheck]
    public static GradCheckTarget SumOfSquares()
    {
        var values = new[] { 0.5, -1.25, 2.0 };
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", values } },
            () => values[0] * values[0] + values[1] * values[1] + values[2] * values[2],
            () => new Dictionary<string, double[]> { ["x"] = [2 * values[0], 2 * values[1], 2 * values[2]] });
    }

    /// <summary><c>y = 3x</c> with its backward pass <c>3g</c>: an operator, with its full Jacobian.</summary>
    [GradCheck]
    public static GradCheckTarget Tripling()
        => GradCheckTarget.Operator(
                "x",
                [0.5, -1.25, 2.0],
                x => x.Select(value => 3 * value).ToArray(),
                (_, upstream) => upstream.Select(value => 3 * value).ToArray())
            .WithFullJacobian();

    /// <summary>The gradient <c>2x</c> of <c>sum(x^2)</c> with its Hessian-vector product <c>2v</c> and Hessian <c>2I</c>.</summary>
    [GradCheck]
    public static GradCheckTarget SquareHvp()
    {
        var values = new[] { 0.5, -1.25 };
        return GradCheckTarget.Hvp(
                new NamedArrays<double> { { "x", values } },
                () => new Dictionary<string, double[]> { ["x"] = values.Select(value => 2 * value).ToArray() },
                direction => new Dictionary<string, double[]> { ["x"] = direction["x"].Select(value => 2 * value).ToArray() })
            .WithHessian(() => new double[,] { { 2, 0 }, { 0, 2 } });
    }

    /// <summary><c>sum(x^2)</c> written once as generic math: judged against exact derivatives from dual numbers.</summary>
    [GradCheck]
    public static GradCheckTarget GenericSumOfSquares()
    {
        var values = new[] { 0.5, -1.25, 2.0 };
        return GradCheckTarget.GenericLoss(
            new NamedArrays<double> { { "x", values } },
            new SumOfSquaresLoss(),
            () => new Dictionary<string, double[]> { ["x"] = values.Select(value => 2 * value).ToArray() });
    }

    /// <summary>Finite, non-zero gradients: checked for health only.</summary>
    [GradCheck]
    public static GradCheckTarget Healthy()
        => GradCheckTarget.Health(() => new Dictionary<string, double[]> { ["x"] = [1.0, -2.0] });

    private sealed class SumOfSquaresLoss : IGenericLoss
    {
        public TNumber Loss<TNumber>(IReadOnlyList<TNumber[]> parameters)
            where TNumber : System.Numerics.IFloatingPointIeee754<TNumber>
        {
            var sum = TNumber.Zero;
            foreach (var value in parameters[0])
            {
                sum += value * value;
            }

            return sum;
        }
    }
}
