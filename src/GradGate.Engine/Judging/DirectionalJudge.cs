using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>Judges a block by its directional derivatives (fast mode): whether it needs checking coordinate by coordinate, and its figures when it does not.</summary>
internal static class DirectionalJudge
{
    /// <summary>
    /// A block whose every directional derivative is at or below the warning threshold passes; any other,
    /// including one within the rounding noise, is checked coordinate by coordinate, where the noise-floor rule
    /// of <see cref="ComparisonJudge"/> and kink detection apply exactly as in full mode.
    /// </summary>
    public static bool Agrees(CheckContext context, IEnumerable<DirectionalEstimate> estimates)
        => estimates.All(estimate => RelativeError([estimate], context.Settings.Delta) <= context.Settings.WarningThreshold);

    /// <summary><c>||a - n|| / (||a|| + ||n|| + delta)</c> over the directional derivatives, the norm formula of seed 000.</summary>
    public static double RelativeError(IEnumerable<DirectionalEstimate> estimates, double delta)
    {
        double analytic = 0, numeric = 0, difference = 0;
        foreach (var estimate in estimates)
        {
            analytic += estimate.Analytic * estimate.Analytic;
            numeric += estimate.Numeric * estimate.Numeric;
            difference += (estimate.Analytic - estimate.Numeric) * (estimate.Analytic - estimate.Numeric);
        }

        return Math.Sqrt(difference) / (Math.Sqrt(analytic) + Math.Sqrt(numeric) + delta);
    }

    /// <summary>The result of a block that agreed: no coordinate was checked on its own, so there is no numeric norm and no worst coordinate.</summary>
    public static BlockResult ToResult(GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates, Verdict healthVerdict, double delta) => new()
    {
        Name = block.Name,
        Shape = block.Shape,
        Length = block.Length,
        RelativeError = RelativeError(estimates, delta),
        AnalyticNorm = Math.Sqrt(block.Analytic.Sum(value => value * value)),
        NumericNorm = double.NaN,
        CoordinatesChecked = 0,
        Verdict = healthVerdict,
    };
}
