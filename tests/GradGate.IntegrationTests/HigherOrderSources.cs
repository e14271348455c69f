namespace GradGate.IntegrationTests;

/// <summary>The C# of throwaway projects that declare forward-mode, second-order and generic-math targets.</summary>
internal static class HigherOrderSources
{
    /// <summary>
    /// A quadratic's HVP with its full Hessian, an element-wise square with its JVP (the JVP's factor <paramref name="jvpFactor"/>,
    /// 1.0 when consistent with its backward pass) and a generic quadratic (its gradient's factor <paramref name="gradientFactor"/>).
    /// </summary>
    public static string Checks(string jvpFactor = "1.0", string gradientFactor = "1.0") => $$"""
        using System.Numerics;
        using GradGate;

        namespace UserChecks;

        public static class HigherOrderChecks
        {
            [GradCheck]
            public static GradCheckTarget QuadraticHvp()
            {
                double[] a = [4, 1, 0.5, 1, 3, -1, 0.5, -1, 2];
                var x = new[] { 0.7, -1.2, 0.4 };
                double[] Times(double[] v) => [a[0] * v[0] + a[1] * v[1] + a[2] * v[2], a[3] * v[0] + a[4] * v[1] + a[5] * v[2], a[6] * v[0] + a[7] * v[1] + a[8] * v[2]];
                return GradCheckTarget.Hvp(
                        new NamedArrays<double> { { "x", x } },
                        () => new Dictionary<string, double[]> { ["x"] = Times(x) },
                        v => new Dictionary<string, double[]> { ["x"] = Times(v["x"]) })
                    .WithHessian(() => new double[,] { { 4, 1, 0.5 }, { 1, 3, -1 }, { 0.5, -1, 2 } });
            }

            [GradCheck]
            public static GradCheckTarget SquareWithJvp()
            {
                var x = new[] { 0.5, -1.0, 2.0, 0.25 };
                return GradCheckTarget.Operator(
                        "x",
                        x,
                        input => input.Select(value => value * value).ToArray(),
                        (input, upstream) => input.Select((value, index) => 2 * value * upstream[index]).ToArray())
                    .WithJvp((double[] input, double[] tangent) => input.Select((value, index) => 2 * value * tangent[index] * {{jvpFactor}}).ToArray());
            }

            [GradCheck]
            public static GradCheckTarget GenericQuadratic()
            {
                var x = new[] { 0.5, -1.0, 2.0, 0.25 };
                return GradCheckTarget.GenericLoss(
                    new NamedArrays<double> { { "x", x } },
                    new SumOfSquares(),
                    () => new Dictionary<string, double[]> { ["x"] = x.Select(value => 2 * value * {{gradientFactor}}).ToArray() });
            }
        }

        public sealed class SumOfSquares : IGenericLoss
        {
            public T Loss<T>(IReadOnlyList<T[]> parameters) where T : IFloatingPointIeee754<T>
                => parameters[0].Aggregate(T.Zero, (sum, value) => sum + (value * value));
        }
        """;
}
