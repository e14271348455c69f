using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Settings;

/// <summary>Turns the user's overrides and the element type's defaults into the settings a check is judged with.</summary>
internal static class SettingsResolver
{
    /// <summary>
    /// Only keeps <c>0 / 0</c> defined in the relative errors. It is deliberately negligible: gradients that
    /// are small only because of rounding are handled by the noise floor, which says so, not by a constant
    /// that would hide every block smaller than itself.
    /// </summary>
    public const double Delta = 1e-30;

    /// <param name="coordinates">How many coordinates the target has, which decides the default mode.</param>
    public static CheckSettings Resolve(ElementPrecision precision, CheckOverrides overrides, int coordinates)
    {
        var sources = new Dictionary<string, string>();
        var defaultSource = "default for " + precision.DType;

        double Pick(double? value, double fallback, string key)
        {
            sources[key] = value.HasValue ? overrides.Sources.GetValueOrDefault(key, "override") : defaultSource;
            return value ?? fallback;
        }

        var epsilon = Pick(overrides.Epsilon, precision.DefaultEpsilon, SettingKeys.Epsilon);
        var errorThreshold = Pick(overrides.ErrorThreshold, precision.DefaultErrorThreshold, SettingKeys.ErrorThreshold);
        var warningThreshold = Pick(overrides.WarningThreshold, precision.DefaultWarningThreshold, SettingKeys.WarningThreshold);
        if (warningThreshold > errorThreshold && errorThreshold >= 0)
        {
            sources[SettingKeys.WarningThreshold] += $" (lowered from {Numbers.Setting(warningThreshold)} to the error threshold)";
            warningThreshold = errorThreshold;
        }

        sources[SettingKeys.Seed] = overrides.Sources.GetValueOrDefault(SettingKeys.Seed, "default");
        sources[SettingKeys.Mode] = overrides.Mode is not null
            ? overrides.Sources.GetValueOrDefault(SettingKeys.Mode, "override")
            : coordinates <= CheckModes.FullModeCoordinateLimit
                ? $"default for up to {CheckModes.FullModeCoordinateLimit} coordinates"
                : $"default for more than {CheckModes.FullModeCoordinateLimit} coordinates (the target has {coordinates})";
        var mode = overrides.Mode is null ? CheckModes.DefaultFor(coordinates) : CheckModes.Parse(overrides.Mode);

        return new CheckSettings
        {
            DType = precision.DType,
            Epsilon = epsilon,
            ErrorThreshold = errorThreshold,
            WarningThreshold = warningThreshold,
            Seed = overrides.Seed,
            Mode = mode is { } known ? CheckModes.Name(known) : overrides.Mode,
            Delta = Delta,
            Sources = sources,
        };
    }

    /// <summary>What is wrong with the settings, one sentence each; empty when they can be used.</summary>
    public static IEnumerable<string> Problems(CheckSettings settings)
    {
        if (!double.IsFinite(settings.Epsilon) || settings.Epsilon <= 0)
        {
            yield return $"The finite-difference step Epsilon is {Numbers.Setting(settings.Epsilon)} ({settings.Sources[SettingKeys.Epsilon]}): "
                + "set a positive step such as 1e-6 for double or 1e-2 for float, or remove the setting to use the default.";
        }

        if (CheckModes.Parse(settings.Mode) is null)
        {
            yield return $"The Mode is \"{settings.Mode}\" ({settings.Sources[SettingKeys.Mode]}): set full, fast or sampled, "
                + "or remove the setting to use the default (full for up to "
                + $"{CheckModes.FullModeCoordinateLimit} coordinates, fast above).";
        }

        foreach (var (key, value) in new[] { (SettingKeys.ErrorThreshold, settings.ErrorThreshold), (SettingKeys.WarningThreshold, settings.WarningThreshold) })
        {
            if (!double.IsFinite(value) || value < 0)
            {
                yield return $"The {key} is {Numbers.Setting(value)} ({settings.Sources[key]}): set a relative error at or above zero, "
                    + "or remove the setting to use the default.";
            }
        }
    }
}
