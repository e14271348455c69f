using GradGate;

namespace GradCheckProject;

/// <summary>The gradients the build checks: each [GradCheck] method returns what to compare with finite differences.</summary>
public static class Checks
{
    /// <summary>A loss over named parameters: GradGate perturbs w in place and compares with the analytic gradient.</summary>
    [GradCheck]
    public static GradCheckTarget SquaredErrorLoss()
    {
        double[] w = [0.5, -1.25, 2.0];
        double[] x = [1.0, 0.5, -0.75];
        const double target = 0.3;
        return GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w } },
            loss: () => 0.5 * Math.Pow(Dot(w, x) - target, 2),
            gradients: () => new Dictionary<string, double[]> { ["w"] = x.Select(xi => (Dot(w, x) - target) * xi).ToArray() });
    }

    /// <summary>An operator with a hand-written backward pass (a vector-Jacobian product): tanh.</summary>
    [GradCheck]
    public static GradCheckTarget TanhOperator()
    {
        double[] input = [-1.5, -0.2, 0.0, 0.7, 1.9];
        return GradCheckTarget.Operator("input", input,
            forward: v => v.Select(Math.Tanh).ToArray(),
            // To see the gate fail, break this backward pass: replace (1 - t * t) with (1 + t * t) and run dotnet build.
            // The build stops with error GG0001 naming Checks.TanhOperator and the input it got wrong.
            backward: (v, upstream) => v.Select((vi, i) => { var t = Math.Tanh(vi); return (1 - t * t) * upstream[i]; }).ToArray());
    }

    private static double Dot(double[] a, double[] b) => a.Select((ai, i) => ai * b[i]).Sum();
}
