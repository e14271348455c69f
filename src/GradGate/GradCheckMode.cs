namespace GradGate;

/// <summary>How thoroughly a check compares the analytic gradient with finite differences.</summary>
public enum GradCheckMode
{
    /// <summary>
    /// The build's <c>GradGateMode</c> property; where that is unset too, <see cref="Full"/> for targets of up to
    /// 2,048 coordinates (parameter or input elements) and <see cref="Fast"/> for larger ones, which keeps a
    /// typical check under a second.
    /// </summary>
    Default = 0,

    /// <summary>Every coordinate: two evaluations per parameter element. The most thorough.</summary>
    Full,

    /// <summary>
    /// Two seeded random directions per parameter block, compared as directional derivatives: four evaluations per
    /// block. A block that disagrees is then checked coordinate by coordinate, so a finding still names its worst coordinates.
    /// </summary>
    Fast,

    /// <summary>A seeded random sample of at most 64 coordinates per parameter block, each checked like in <see cref="Full"/>.</summary>
    Sampled,
}
