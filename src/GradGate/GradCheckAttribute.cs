namespace GradGate;

/// <summary>
/// Registers a public static method as a gradient-check target. The method takes no parameters and
/// returns a <see cref="GradCheckTarget"/> or an <see cref="IEnumerable{T}"/> of them (a parameterised
/// family). GradGate calls the method as a factory: it may be called more than once, so build a fresh
/// target on every call.
/// </summary>
/// <remarks>
/// Every override left unset falls back to the build's <c>GradGate*</c> properties and, where those are
/// unset too, to defaults suited to the target's element type (float32 targets get a larger step and
/// looser thresholds than float64 ones).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GradCheckAttribute : Attribute
{
    /// <summary>The name shown in diagnostics and reports; defaults to <c>Type.Method</c>.</summary>
    public string? Name { get; set; }

    /// <summary>A relative error above this fails the build. Unset (NaN) means the build's setting.</summary>
    public double ErrorThreshold { get; set; } = double.NaN;

    /// <summary>A relative error above this (and at or below the error threshold) is a warning. Unset (NaN) means the build's setting.</summary>
    public double WarningThreshold { get; set; } = double.NaN;

    /// <summary>The finite-difference step. Unset (NaN) means the build's setting or the element type's default.</summary>
    public double Epsilon { get; set; } = double.NaN;

    /// <summary>How thoroughly to compare. <see cref="GradCheckMode.Default"/> means the build's setting.</summary>
    public GradCheckMode Mode { get; set; }

    /// <summary>Seeds every random draw of the check (the upstream gradient of an operator check, the directions and samples of a mode).</summary>
    public int Seed { get; set; }

    /// <summary>
    /// Lets GradGate estimate the check's coordinates on every core at once, each core on its own target built
    /// by calling the method again. Set it only when every call builds an independent target: fresh arrays with
    /// the same values, and no mutable state shared between calls (such as static buffers). GradGate verifies the
    /// copies' values and falls back to one core, with a message, when they differ; results are identical either way.
    /// </summary>
    public bool Parallel { get; set; }

    /// <summary>When set, the check is not run and is reported as skipped with this reason.</summary>
    public string? Skip { get; set; }
}
