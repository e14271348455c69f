using GradGate;

namespace GradGate.Checking.Tests;

/// <summary>Targets with known derivatives, correct and deliberately broken, and [GradCheck] methods built from them.</summary>
public static class Targets
{
    /// <summary><c>sum(x^3)</c>, whose gradient is <c>3x^2</c>; <paramref name="gradientFactor"/> 2 is a backward pass that doubles it.</summary>
    public static GradCheckTarget Cubic(double gradientFactor = 1.0)
    {
        double[] x = [1.5, -2.0, 0.25];
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x } },
            loss: () => x.Sum(v => v * v * v),
            gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => gradientFactor * 3 * v * v).ToArray() });
    }

    [GradCheck]
    public static GradCheckTarget CorrectCubic() => Cubic();

    [GradCheck(Name = "Doubled cubic")]
    public static GradCheckTarget DoubledCubic() => Cubic(gradientFactor: 2.0);

    [GradCheck(ErrorThreshold = 0.9, WarningThreshold = 0.1, Seed = 3)]
    public static GradCheckTarget DoubledCubicWithRelaxedThresholds() => Cubic(gradientFactor: 2.0);

    [GradCheck(Skip = "not yet")]
    public static GradCheckTarget Skipped() => throw new InvalidOperationException("A skipped check is never built.");

    [GradCheck]
    public static IEnumerable<GradCheckTarget> Family()
    {
        yield return Cubic().Named("right");
        yield return Cubic(gradientFactor: 1.01).Named("one percent off");
    }

    /// <summary>Not public: the gate and the in-process checker both refuse to call it (GG0014).</summary>
    [GradCheck]
    internal static GradCheckTarget NotPublic() => Cubic();

    /// <summary>Not marked: never checked.</summary>
    public static GradCheckTarget Unmarked() => Cubic();
}
