namespace GradGate.Results;

/// <summary>
/// What a failing block's mismatch looks like, when the evidence is clear: the kind of bug it points at, in the sentence
/// the GG0001 message carries. Absent when no pattern fits (GradGate says nothing rather than guess).
/// </summary>
public sealed class MismatchPattern
{
    /// <summary>One of the <see cref="MismatchPatternKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The sentence the message carries, such as "The analytic gradient is 2.00 times the numeric one ...".</summary>
    public string Description { get; set; } = "";

    /// <summary>analytic / numeric, fitted over the block's checked coordinates, for the factor kinds; null otherwise.</summary>
    public double? Factor { get; set; }

    /// <summary>Where the block differs, for the kinds that say so: coordinates (<c>W1[2,7]</c>), rows (<c>W1[2,:]</c>) or columns (<c>W1[:,7]</c>).</summary>
    public List<string> Where { get; set; } = [];
}

/// <summary>The kinds of <see cref="MismatchPattern"/>, as the JSON report spells them.</summary>
public static class MismatchPatternKinds
{
    /// <summary>analytic = c x numeric, for a c other than 1 and -1.</summary>
    public const string Factor = "factor";

    /// <summary>analytic = -numeric.</summary>
    public const string SignFlip = "signFlip";

    /// <summary>Every block of a loss is off by the same factor: the error is upstream of all of them, in the loss's own gradient.</summary>
    public const string UpstreamFactor = "upstreamFactor";

    /// <summary>The analytic block is zero where the numeric one is not: the gradient is never written.</summary>
    public const string NeverWritten = "neverWritten";

    /// <summary>Non-zero analytic values where the numeric gradient is zero, and agreement elsewhere: a missing mask.</summary>
    public const string MissingMask = "missingMask";

    /// <summary>Zero analytic values where the numeric gradient is not, and agreement elsewhere: a gradient dropped.</summary>
    public const string DroppedGradient = "droppedGradient";

    /// <summary>The analytic block matches the numeric one transposed: the gradient is laid out the wrong way.</summary>
    public const string Transposed = "transposed";

    /// <summary>The mismatch is confined to some rows, columns or coordinates, listed in <see cref="MismatchPattern.Where"/>.</summary>
    public const string Confined = "confined";

    /// <summary>Every checked coordinate differs, by no single factor.</summary>
    public const string Everywhere = "everywhere";
}
