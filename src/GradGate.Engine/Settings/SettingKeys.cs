namespace GradGate.Engine.Settings;

/// <summary>The keys of <see cref="CheckOverrides.Sources"/> and of the result's <c>CheckSettings.Sources</c>.</summary>
internal static class SettingKeys
{
    public const string Epsilon = "Epsilon";

    public const string WarningThreshold = "WarningThreshold";

    public const string ErrorThreshold = "ErrorThreshold";

    public const string Seed = "Seed";

    public const string Mode = "Mode";
}
