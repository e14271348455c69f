namespace GradGate.Engine.Tests;

/// <summary>Small targets written inline by the tests: one named block, a loss and its gradient as functions of the block's values.</summary>
internal static class Targets
{
    public static LossTarget<double> Loss(string name, double[] values, Func<double[], double> loss, Func<double[], double[]> gradient, params int[] shape)
        => GradCheckTarget.Loss(
            new NamedArrays<double> { { name, values, shape } },
            () => loss(values),
            () => new Dictionary<string, double[]> { [name] = gradient(values) });

    /// <summary><c>sum(x^2)</c> with its gradient <c>2x</c>, or with <paramref name="gradient"/> when given.</summary>
    public static LossTarget<double> SumOfSquares(double[] values, Func<double[], double[]>? gradient = null)
        => Loss("x", values, x => x.Sum(value => value * value), gradient ?? (x => Array.ConvertAll(x, value => 2 * value)));

    /// <summary>A one-input operator that squares element-wise, with the given backward pass.</summary>
    public static OperatorTarget<double> Square(double[] x, Func<double[], double[], double[]>? backward = null, Func<double[], double[]>? forward = null)
        => GradCheckTarget.Operator(
            "x",
            x,
            forward ?? (input => Array.ConvertAll(input, value => value * value)),
            backward ?? ((input, upstream) => input.Select((value, index) => 2 * value * upstream[index]).ToArray()));
}
