using GradGate.Engine.Evaluation;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>Judges a block by its directional derivatives (fast mode): whether it needs checking coordinate by coordinate, and its figures when it does not.</summary>
internal static class DirectionalJudge
{
    /// <summary>
    /// A block agrees when every directional derivative is at or below the warning threshold, or differs by no more
    /// than its rounding noise floor while that difference is at most half of what a gradient off by the error
    /// threshold would produce (<see cref="ThresholdMismatch"/>): rounding explains it, and were it a bug, it would
    /// be one too small to fail. Any other block is checked coordinate by coordinate, where the noise-floor rule of
    /// <see cref="ComparisonJudge"/> and kink detection apply as in full mode.
    /// </summary>
    /// <remarks>
    /// The floor bounds the rounding of a loss summed over every moved coordinate (see
    /// <see cref="DirectionalDifference"/>) and grows faster with the block than a gradient error does, so for a
    /// large block it is not negligible itself; what is judged against the error threshold is the difference it has
    /// to explain. The comparison is with the error a bug would typically cause in this direction, not with this
    /// direction's derivative, which is near zero by chance when the direction is nearly orthogonal to the gradient.
    /// A direction the floor leaves undecided (within it, beyond half the threshold's mismatch) is measured again at a
    /// larger step before it is judged (<see cref="Checks.NoiseLimitedDirections{T}"/>), where its floor is far smaller.
    /// </remarks>
    public static bool Agrees(CheckContext context, GradientBlock block, IEnumerable<DirectionalEstimate> estimates)
    {
        var settings = context.Settings;
        return estimates.All(estimate =>
            RelativeError([estimate], settings.Delta) <= settings.WarningThreshold
            || (estimate.Mismatch <= estimate.NoiseFloor && estimate.Mismatch <= ThresholdMismatch(context, block, estimate) / 2));
    }

    /// <summary>
    /// Whether some directional derivative differs by more than rounding typically makes it differ and by more than a
    /// gradient off by the error threshold would: evidence of an error, wherever the coordinates that carry it are.
    /// </summary>
    /// <remarks>
    /// The typical noise, not the floor: the floor bounds the rounding of any loss and, for a block of millions of
    /// coordinates, exceeds what an error many times the threshold causes, which would let such an error pass
    /// whenever the sample misses the coordinates it sits in.
    /// </remarks>
    public static bool DisagreesBeyondThreshold(CheckContext context, GradientBlock block, IEnumerable<DirectionalEstimate> estimates)
        => estimates.Any(estimate => estimate.Mismatch > Math.Max(estimate.TypicalNoise, ThresholdMismatch(context, block, estimate)));

    /// <summary>
    /// How much a gradient off by the error threshold typically changes this directional derivative:
    /// <c>threshold (2 ||g|| rms(d) + delta)</c>, since such an error <c>e</c> has <c>||e||</c> of about
    /// <c>2 threshold ||g||</c> and a direction of random signs meets it at <c>||e|| rms(d)</c>.
    /// </summary>
    public static double ThresholdMismatch(CheckContext context, GradientBlock block, DirectionalEstimate estimate)
        => context.Settings.ErrorThreshold * ((2 * block.AnalyticNorm * estimate.RmsDirection) + context.Settings.Delta);

    /// <summary>
    /// The block's norms as its directional derivatives estimate them, for the check's relative error: <c>||g||</c> as it is,
    /// and <c>||g_num||</c> and <c>||g - g_num||</c> as <c>||g||</c> times their ratio to the analytic side along the
    /// directions, which a random direction preserves (it meets any vector at about its norm times the direction's rms). When
    /// the analytic side is zero along every direction, the numeric side divided by the direction's rms stands for both.
    /// </summary>
    public static GroupNorms Norms(GradientBlock block, IReadOnlyList<DirectionalEstimate> estimates)
    {
        double analytic = 0, numeric = 0, difference = 0, rms = 0;
        foreach (var estimate in estimates)
        {
            analytic += estimate.Analytic * estimate.Analytic;
            numeric += estimate.Numeric * estimate.Numeric;
            difference += estimate.Mismatch * estimate.Mismatch;
            rms += estimate.RmsDirection * estimate.RmsDirection;
        }

        if (analytic > 0)
        {
            var scale = block.AnalyticNorm / Math.Sqrt(analytic);
            return new GroupNorms(block.AnalyticNorm, Math.Sqrt(numeric) * scale, Math.Sqrt(difference) * scale);
        }

        var measured = rms > 0 ? Math.Sqrt(numeric / rms) : 0;
        return new GroupNorms(block.AnalyticNorm, measured, measured);
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
        AnalyticNorm = block.AnalyticNorm,
        NumericNorm = null,
        JudgedBy = BlockJudgements.Directions,
        CoordinatesChecked = 0,
        Verdict = healthVerdict,
    };
}
