namespace GradGate.Results;

/// <summary>The outcome of one check, from its worst finding.</summary>
public enum Verdict
{
    /// <summary>Every figure at or below the warning threshold and nothing else found.</summary>
    Passed,

    /// <summary>Warnings only (a relative error in the warning band, a dead block, an inconclusive coordinate).</summary>
    Warning,

    /// <summary>The gradient is wrong or unusable: a mismatch above the error threshold, non-finite values, a dead gradient, a nondeterministic or mutating target, an invalid target.</summary>
    Failed,

    /// <summary>The check could not be judged: it threw, timed out or crashed the runner.</summary>
    Error,

    /// <summary>Not run: skipped by its attribute.</summary>
    Skipped,
}
