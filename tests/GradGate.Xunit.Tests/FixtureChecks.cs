namespace GradGate.Xunit.Tests;

/// <summary>[GradCheck] methods the data attribute turns into test cases: one that passes, one that fails, a family and a skipped one.</summary>
public static class FixtureChecks
{
    [GradCheck]
    public static GradCheckTarget Cubic() => Cube(gradientFactor: 1.0);

    [GradCheck(Name = "Doubled cubic")]
    public static GradCheckTarget DoubledCubic() => Cube(gradientFactor: 2.0);

    [GradCheck]
    public static IEnumerable<GradCheckTarget> Scaled()
    {
        yield return Cube(gradientFactor: 1.0).Named("unit");
        yield return Cube(gradientFactor: 1.5).Named("one and a half");
        yield return Cube(gradientFactor: 1.0);
    }

    [GradCheck(Skip = "waiting for the new layer")]
    public static GradCheckTarget Pending() => throw new InvalidOperationException("A skipped check is never built.");

    /// <summary><c>sum(x^3)</c>, whose gradient is <c>3x^2</c>; a <paramref name="gradientFactor"/> other than 1 is a wrong backward pass.</summary>
    private static GradCheckTarget Cube(double gradientFactor)
    {
        double[] x = [1.5, -2.0, 0.25];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x } },
            loss: () => x.Sum(v => v * v * v),
            gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => gradientFactor * 3 * v * v).ToArray() });
    }
}
