using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>Judges a block by its directional derivatives (fast mode): whether it needs checking coordinate by coordinate, and its figures when it does not.</summary>
internal static class DirectionalJudge
{
    /// <summary>
    /// A block agrees when every directional derivative is at or below the warning threshold, or differs by no
    /// more than its rounding noise while that noise is negligible beside the block's gradient (at most the error
    /// threshold times <c>2 ||g||</c>, the noise-floor rule of <see cref="ComparisonJudge"/> for one block). Any
    /// other block is checked coordinate by coordinate, where that rule and kink detection apply as in full mode.
    /// </summary>
    /// <remarks>
    /// The noise matters more here than in full mode: one directional derivative carries the rounding noise of one
    /// difference, while the norm over n coordinates averages n of them.
    /// </remarks>
    public static bool Agrees(CheckContext context, GradientBlock block, IEnumerable<DirectionalEstimate> estimates)
    {
        var settings = context.Settings;
        var negligibleNoise = settings.ErrorThreshold * ((2 * Norm(block.Analytic)) + settings.Delta);
        return estimates.All(estimate =>
            RelativeError([estimate], settings.Delta) <= settings.WarningThreshold
            || (Math.Abs(estimate.Analytic - estimate.Numeric) <= estimate.NoiseFloor && estimate.NoiseFloor <= negligibleNoise));
    }

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
        AnalyticNorm = Norm(block.Analytic),
        NumericNorm = double.NaN,
        CoordinatesChecked = 0,
        Verdict = healthVerdict,
    };

    private static double Norm(double[] values) => Math.Sqrt(values.Sum(value => value * value));
}
