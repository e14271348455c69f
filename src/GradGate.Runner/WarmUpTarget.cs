namespace GradGate.Runner;

/// <summary>The runner's own check, which the engine warm-up runs and throws away: never reported, never in a request.</summary>
public static class WarmUpTarget
{
    /// <summary><c>sum(x^2)</c> with its gradient <c>2x</c>: correct, so the warm-up takes the path of a passing check.</summary>
    [GradCheck]
    public static GradCheckTarget SumOfSquares()
    {
        var values = new[] { 0.5, -1.25, 2.0 };
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", values } },
            () => values[0] * values[0] + values[1] * values[1] + values[2] * values[2],
            () => new Dictionary<string, double[]> { ["x"] = [2 * values[0], 2 * values[1], 2 * values[2]] });
    }
}
