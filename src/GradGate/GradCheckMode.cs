namespace GradGate;

/// <summary>How thoroughly a check compares the analytic gradient with finite differences.</summary>
public enum GradCheckMode
{
    /// <summary>The build's <c>GradGateMode</c> property, or <see cref="Full"/> when that is unset too.</summary>
    Default = 0,

    /// <summary>Every coordinate: two evaluations per parameter element. The most thorough, and the default.</summary>
    Full,

    /// <summary>
    /// Two seeded random directions per parameter block, compared as directional derivatives: four evaluations per
    /// block. A block that disagrees is then checked coordinate by coordinate, so a finding still names its worst coordinates.
    /// </summary>
    Fast,

    /// <summary>A seeded random sample of at most 64 coordinates per parameter block, each checked like in <see cref="Full"/>.</summary>
    Sampled,
}
