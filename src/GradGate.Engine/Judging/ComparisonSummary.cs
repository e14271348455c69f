namespace GradGate.Engine.Judging;

/// <summary>What judging one group of blocks leaves for the check as a whole.</summary>
/// <param name="Norms">Over every block of the group; null when a block had non-finite values.</param>
/// <param name="MismatchesWithinNoise">Blocks reported as mismatched although their difference is within the noise floor.</param>
/// <param name="VanishedSteps">Coordinates where the step vanished in the element type.</param>
internal sealed record ComparisonSummary(
    GroupNorms? Norms,
    double? MaxElementRelativeError,
    IReadOnlyList<string> MismatchesWithinNoise,
    int VanishedSteps);
