namespace GradGate.Engine;

/// <summary>
/// Settings chosen by the user: the attribute's values where set, else the build's GradGate* properties.
/// Null means "not set": the engine then uses the element type's default and says so in the result.
/// </summary>
internal sealed record CheckOverrides
{
    public double? ErrorThreshold { get; init; }

    public double? WarningThreshold { get; init; }

    public double? Epsilon { get; init; }

    public int Seed { get; init; }

    /// <summary>
    /// How many workers may estimate coordinates at once, each on its own copy of the target from the factory
    /// given to <see cref="GradientChecker.Check"/>; 1 runs sequentially. The figures do not depend on it.
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary><c>full</c>, <c>fast</c> or <c>sampled</c>, in any case.</summary>
    public string? Mode { get; init; }

    /// <summary>
    /// Where each set value came from ("attribute" or "property"), keyed by <see cref="Settings.SettingKeys"/>
    /// like CheckSettings.Sources; a set value without an entry is recorded as "override".
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}
