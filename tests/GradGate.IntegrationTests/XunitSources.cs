namespace GradGate.IntegrationTests;

/// <summary>A user's xunit.v3 test project's sources: checks (one right, one wrong, a family of three, one skipped) and the theory that runs them.</summary>
internal static class XunitSources
{
    public const string Checks = """
        using GradGate;

        namespace Users.Gradients;

        public static class Checks
        {
            [GradCheck]
            public static GradCheckTarget Right() => Cube(1.0);

            [GradCheck]
            public static GradCheckTarget Wrong() => Cube(2.0);

            [GradCheck]
            public static IEnumerable<GradCheckTarget> Family()
            {
                yield return Cube(1.0).Named("small");
                yield return Cube(1.0).Named("medium");
                yield return Cube(1.0).Named("large");
            }

            [GradCheck(Skip = "the new layer is not written yet")]
            public static GradCheckTarget Later() => throw new InvalidOperationException("A skipped check is never built.");

            /// <summary>sum(x^3); a factor other than 1 is a wrong backward pass, which writes where it was called from.</summary>
            private static GradCheckTarget Cube(double factor)
            {
                double[] x = [1.5, -2.0, 0.25];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v * v),
                    gradients: () =>
                    {
                        if (factor != 1.0)
                        {
                            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "backward-stack.txt"), Environment.StackTrace);
                        }

                        return new Dictionary<string, double[]> { ["x"] = x.Select(v => factor * 3 * v * v).ToArray() };
                    });
            }
        }
        """;

    public const string Theory = """
        using GradGate;
        using Xunit;

        namespace Users.Gradients;

        public sealed class GradientTests
        {
            [Theory, GradCheckData(typeof(Checks))]
            public void Gradient(GradCheckCase check) => check.Assert();
        }
        """;
}
