using GradGate;

namespace GradGate.Reports.Html.Tests;

/// <summary>
/// The checks beside BugHunt's two failures that a report must show: passes, a warning, a skip, and a name that tries to
/// inject a script and reorder text.
/// </summary>
public static class ReportChecks
{
    public const string InjectedName = "<script>window.__gradgatePwned = 1</script>\u202Eevil";

    [GradCheck]
    public static GradCheckTarget SumOfCubes()
    {
        double[] w = [0.5, -1.5, 2.0, 0.7, 1.3, -0.4];
        return GradCheckTarget.Loss(new NamedArrays<double> { { "w", w, 2, 3 } }, () => w.Sum(v => v * v * v), () => new Dictionary<string, double[]> { ["w"] = w.Select(v => 3 * v * v).ToArray() });
    }

    [GradCheck]
    public static GradCheckTarget CorrectSigmoid()
    {
        double[] input = [-1.2, -0.3, 0.4, 1.1, 2.0];
        return GradCheckTarget.Operator(
            "input",
            input,
            x => x.Select(Logistic).ToArray(),
            (x, upstream) => x.Select((v, i) => Logistic(v) * (1 - Logistic(v)) * upstream[i]).ToArray()).WithFullJacobian();
    }

    /// <summary>A gradient one part in a million too large: in the warning band, not above the error threshold.</summary>
    [GradCheck]
    public static GradCheckTarget SlightlyOffScale()
    {
        double[] w = [0.8, -1.1, 0.6, 1.4];
        return GradCheckTarget.Loss(new NamedArrays<double> { { "w", w } }, () => w.Sum(v => v * v), () => new Dictionary<string, double[]> { ["w"] = w.Select(v => 2 * v * (1 + 1e-6)).ToArray() });
    }

    [GradCheck(Skip = "Waiting for the fused kernel")]
    public static GradCheckTarget FusedAttention() => throw new InvalidOperationException("A skipped check is never built.");

    [GradCheck(Name = InjectedName)]
    public static GradCheckTarget Hostile()
    {
        double[] b = [0.25, -0.75];
        return GradCheckTarget.Loss(new NamedArrays<double> { { "b</text><script>window.__gradgatePwned = 2</script>", b } }, () => b.Sum(v => v * v), () => new Dictionary<string, double[]> { ["b</text><script>window.__gradgatePwned = 2</script>"] = b.Select(v => 2 * v).ToArray() });
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
