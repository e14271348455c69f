using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Explains a reported mismatch that may come from the limits of the element type rather than from a bug
/// (GG0015): a float32 target judged with settings meant for float64, a mismatch within the rounding noise
/// of the central differences, or a step that vanished.
/// </summary>
internal static class PrecisionAdvisor
{
    public static void Advise(CheckContext context, IReadOnlyList<string> mismatchesWithinNoise, int vanishedSteps)
    {
        var findings = context.Findings;
        if (!findings.Contains(DiagnosticCodes.GradientMismatch) && !findings.Contains(DiagnosticCodes.GradientMismatchWarning))
        {
            return;
        }

        var settingsTooFine = SettingsTooFineForFloat32(context).ToList();
        var reasons = new List<string>(settingsTooFine);
        var precision = context.Precision;
        if (mismatchesWithinNoise.Count > 0)
        {
            reasons.Add($"the difference in {string.Join(", ", mismatchesWithinNoise)} is within the rounding noise of the central differences, "
                + "and that noise is not small beside the gradient itself");
        }

        if (vanishedSteps > 0)
        {
            reasons.Add($"the step {Numbers.Setting(context.Settings.Epsilon)} vanished in {precision.DType} at "
                + $"{Numbers.Count(vanishedSteps, "coordinate")} (even scaled to the value there, it is below {precision.DType}'s resolution), "
                + "so nothing was estimated there");
        }

        if (reasons.Count == 0)
        {
            return;
        }

        var remedy = settingsTooFine.Count > 0
            ? $"Remove these overrides so the float32 defaults apply (step {Numbers.Setting(ElementPrecision.Float32.DefaultEpsilon)}, "
                + $"warning {Numbers.Setting(ElementPrecision.Float32.DefaultWarningThreshold)}, error "
                + $"{Numbers.Setting(ElementPrecision.Float32.DefaultErrorThreshold)}), or check the target in double."
            : "Check at a point where the gradient is larger, scale the loss up, or use a larger Epsilon"
                + (precision == ElementPrecision.Float32 ? ", or check the target in double." : ".");
        context.Findings.Add(
            DiagnosticCodes.PrecisionLimit,
            Severity.Warning,
            $"The mismatch reported for this {precision.DType} check is at the limit of {precision.DType} precision and may be rounding, "
                + $"not a bug: {string.Join("; ", reasons)}. {remedy}");
    }

    private static IEnumerable<string> SettingsTooFineForFloat32(CheckContext context)
    {
        if (context.Precision != ElementPrecision.Float32)
        {
            yield break;
        }

        var float32 = ElementPrecision.Float32;
        var settings = context.Settings;
        if (settings.Epsilon < float32.SmallestUsefulStep)
        {
            yield return $"the step {Numbers.Setting(settings.Epsilon)} ({settings.Sources[SettingKeys.Epsilon]}) is below float32's resolution: "
                + $"rounding the loss alone makes each derivative uncertain by about eps/step = "
                + $"{Numbers.Figure(float32.MachineEpsilon / settings.Epsilon)} of the loss, and no step below "
                + $"{Numbers.Setting(float32.SmallestUsefulStep)} resolves a float32 gradient";
        }

        var (name, key, threshold) = settings.ErrorThreshold < float32.AttainableRelativeError
            ? ("error threshold", SettingKeys.ErrorThreshold, settings.ErrorThreshold)
            : ("warning threshold", SettingKeys.WarningThreshold, settings.WarningThreshold);
        if (threshold < float32.AttainableRelativeError)
        {
            yield return $"the {name} {Numbers.Setting(threshold)} ({settings.Sources[key]}) is below the "
                + $"{Numbers.Setting(float32.AttainableRelativeError)} that a float32 central difference can reach";
        }
    }
}
