namespace GradGate.Engine.Settings;

/// <summary>The names of the check modes, as the GradGateMode property, the reports and the messages spell them.</summary>
internal static class CheckModes
{
    /// <summary>What a check runs in when neither its attribute nor the build sets a mode.</summary>
    /// <remarks>
    /// Full: the most thorough, and fast enough for the targets checks are written for (the seeds' networks take
    /// milliseconds; seed 002's network at 5,560 parameters is measured in bench/RESULTS.md). Fast mode is the
    /// choice for targets whose loss is expensive or whose parameters number in the tens of thousands.
    /// </remarks>
    public const GradCheckMode Default = GradCheckMode.Full;

    /// <summary>The largest number of coordinates per block that sampled mode checks.</summary>
    public const int SampledCoordinatesPerBlock = 64;

    /// <summary>The random directions per block that fast mode compares.</summary>
    public const int FastDirectionsPerBlock = 2;

    public static string Name(GradCheckMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>The mode a name stands for (any case, surrounding spaces ignored), or null when it names none.</summary>
    public static GradCheckMode? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "full" => GradCheckMode.Full,
        "fast" => GradCheckMode.Fast,
        "sampled" => GradCheckMode.Sampled,
        _ => null,
    };
}
