using GradGate.Engine;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>
/// Merges a check's [GradCheck] overrides with the build's GradGate* properties (or, in process, the caller's
/// options): a value set on the attribute wins, then the property; what neither sets is left to the engine's
/// element-type defaults.
/// </summary>
internal static class CheckOverridesMerger
{
    public const string FromAttribute = "attribute";

    /// <summary>What a target's own settings (<see cref="GradCheckTarget.WithSettings"/>) are called where a setting's source is recorded.</summary>
    public const string FromTarget = "target";

    /// <summary>What the build's GradGate* properties are called where a setting's source is recorded.</summary>
    public const string FromProperty = "property";

    /// <summary>What <see cref="GradCheckOptions"/> are called where a setting's source is recorded.</summary>
    public const string FromOptions = "options";

    /// <param name="defaultsSource">What the defaults are, for the recorded sources: <see cref="FromProperty"/> or <see cref="FromOptions"/>.</param>
    public static CheckOverrides Merge(GradCheckAttribute attribute, RunDefaults defaults, string defaultsSource = FromProperty)
    {
        var sources = new Dictionary<string, string>();
        if (attribute.Seed != 0)
        {
            sources[SettingKeys.Seed] = FromAttribute;
        }

        return new CheckOverrides
        {
            ErrorThreshold = Pick(attribute.ErrorThreshold, defaults.ErrorThreshold, SettingKeys.ErrorThreshold, defaultsSource, sources),
            WarningThreshold = Pick(attribute.WarningThreshold, defaults.WarningThreshold, SettingKeys.WarningThreshold, defaultsSource, sources),
            Epsilon = Pick(attribute.Epsilon, defaults.Epsilon, SettingKeys.Epsilon, defaultsSource, sources),
            Mode = PickMode(attribute.Mode, defaults.Mode, defaultsSource, sources),
            Seed = attribute.Seed,
            Workers = attribute.Parallel ? Environment.ProcessorCount : 1,
            Sources = sources,
        };
    }

    /// <summary>
    /// The overrides with the settings <paramref name="target"/> carries for itself (<see cref="GradCheckTarget.WithSettings"/>)
    /// put over them: a family member's own settings win over its method's attribute and the build's properties.
    /// </summary>
    public static CheckOverrides OverTarget(CheckOverrides overrides, GradCheckTarget target)
    {
        var own = target.Settings;
        if (ReferenceEquals(own, TargetSettings.None))
        {
            return overrides;
        }

        var sources = new Dictionary<string, string>(overrides.Sources.ToDictionary(pair => pair.Key, pair => pair.Value));
        double? Over(double fromTarget, double? current, string key)
        {
            if (double.IsNaN(fromTarget))
            {
                return current;
            }

            sources[key] = FromTarget;
            return fromTarget;
        }

        var result = overrides with
        {
            ErrorThreshold = Over(own.ErrorThreshold, overrides.ErrorThreshold, SettingKeys.ErrorThreshold),
            WarningThreshold = Over(own.WarningThreshold, overrides.WarningThreshold, SettingKeys.WarningThreshold),
            Epsilon = Over(own.Epsilon, overrides.Epsilon, SettingKeys.Epsilon),
            Mode = own.Mode == GradCheckMode.Default ? overrides.Mode : own.Mode.ToString(),
        };
        if (own.Mode != GradCheckMode.Default)
        {
            sources[SettingKeys.Mode] = FromTarget;
        }

        return result with { Sources = sources };
    }

    /// <summary>The attribute's mode unless it is Default, else the property's, recording which one was used.</summary>
    private static string? PickMode(GradCheckMode fromAttribute, string? fromProperty, string defaultsSource, Dictionary<string, string> sources)
    {
        if (fromAttribute != GradCheckMode.Default)
        {
            sources[SettingKeys.Mode] = FromAttribute;
            return fromAttribute.ToString();
        }

        if (fromProperty is not null)
        {
            sources[SettingKeys.Mode] = defaultsSource;
        }

        return fromProperty;
    }

    /// <summary>The attribute's value unless it is unset (NaN), else the property's, recording which one was used.</summary>
    private static double? Pick(double fromAttribute, double? fromProperty, string key, string defaultsSource, Dictionary<string, string> sources)
    {
        if (!double.IsNaN(fromAttribute))
        {
            sources[key] = FromAttribute;
            return fromAttribute;
        }

        if (fromProperty.HasValue)
        {
            sources[key] = defaultsSource;
        }

        return fromProperty;
    }
}
