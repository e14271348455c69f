using GradGate.Results;

namespace GradGate.Engine.Settings;

/// <summary>The check modes: their names (as the GradGateMode property, the reports and the messages spell them), the default, and their sizes.</summary>
internal static class CheckModes
{
    /// <summary>The most coordinates a target may have for the default mode to be full rather than fast.</summary>
    /// <remarks>
    /// Full mode costs two evaluations per coordinate. Seed 002's network at 5,560 coordinates takes 1.1 s in full
    /// mode and 3 ms in fast mode (bench/RESULTS.md, about 0.1 ms per loss evaluation); at this limit a full
    /// check of a loss that costs up to about 0.2 ms stays under a second, and every target the seeds check
    /// (at most a few hundred coordinates) is checked in full.
    /// </remarks>
    public const int FullModeCoordinateLimit = 2048;

    /// <summary>The largest number of coordinates per block that sampled mode checks.</summary>
    public const int SampledCoordinatesPerBlock = 64;

    /// <summary>The random directions per block that fast mode compares.</summary>
    public const int FastDirectionsPerBlock = 2;

    /// <summary>The most coordinates fast mode locates by halving a large block whose sample missed the error its directions proved (see <see cref="Checks.MismatchBisection{T}"/>).</summary>
    public const int LocatedCoordinatesPerBlock = 5;

    /// <summary>
    /// The most entries a product check compares column by column in full mode (a JVP's outputs times inputs, an HVP's
    /// parameters squared): three arrays of doubles of this length are about 24 MB. Beyond it the product is compared along
    /// its seeded tangents only, and a message says so.
    /// </summary>
    public const int FullProductEntryLimit = 1 << 20;

    /// <summary>How many times shorter a directional move is retried when the full move crossed a kink (see <see cref="Checks.GradientComparison"/>).</summary>
    public const int KinkRetreat = 16;

    /// <summary>What a check runs in when neither its attribute nor the build sets a mode: full up to the limit, fast above it.</summary>
    public static GradCheckMode DefaultFor(int coordinates) => coordinates <= FullModeCoordinateLimit ? GradCheckMode.Full : GradCheckMode.Fast;

    public static string Name(GradCheckMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>The mode a name stands for (any case, surrounding spaces ignored), or null when it names none.</summary>
    public static GradCheckMode? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        CheckModeNames.Full => GradCheckMode.Full,
        CheckModeNames.Fast => GradCheckMode.Fast,
        CheckModeNames.Sampled => GradCheckMode.Sampled,
        _ => null,
    };
}
