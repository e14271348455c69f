using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>The thresholds' bands and how verdicts combine.</summary>
internal static class Verdicts
{
    /// <summary>At or below the warning threshold passes; up to the error threshold is a warning; above it fails.</summary>
    public static Verdict ForRelativeError(double relativeError, CheckSettings settings)
    {
        if (relativeError > settings.ErrorThreshold)
        {
            return Verdict.Failed;
        }

        return relativeError > settings.WarningThreshold ? Verdict.Warning : Verdict.Passed;
    }

    /// <summary>The worse of two verdicts among Passed, Warning, Failed and Error (declared in that order).</summary>
    public static Verdict Worse(Verdict first, Verdict second) => first >= second ? first : second;
}
