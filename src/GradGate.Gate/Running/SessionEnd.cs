namespace GradGate.Gate.Running;

internal enum SessionEndKind
{
    /// <summary>Every check has a result, or no further runner process could make progress.</summary>
    Finished,

    /// <summary>The build was cancelled: the runner was stopped and nothing is to be stored.</summary>
    Cancelled,

    /// <summary>Something outside the build stopped the runner with a signal: nothing is to be stored, and <see cref="SessionEnd.Message"/> says what happened.</summary>
    Interrupted,
}

/// <summary>How a run of the checks ended, as far as storing its results goes.</summary>
internal sealed record SessionEnd(SessionEndKind Kind, string? Message = null)
{
    public static readonly SessionEnd Finished = new(SessionEndKind.Finished);

    public static readonly SessionEnd Cancelled = new(SessionEndKind.Cancelled);
}
