namespace GradGate.Results;

/// <summary>One line of the runner's event stream (JSON Lines), flushed as soon as it happens.</summary>
public sealed class RunnerEvent
{
    public const string Started = "started";
    public const string Finished = "result";
    public const string Log = "log";

    /// <summary>A check's method has every result it will have, or was abandoned after its timeout result.</summary>
    public const string Completed = "completed";

    /// <summary>
    /// The runner's last word: every requested check has completed (or was abandoned) and the runner is about to exit
    /// with <see cref="ExitCode"/>. Whatever happens after it (a ProcessExit handler of the checks' code that never
    /// returns, a signal) cannot cost a result.
    /// </summary>
    public const string Done = "done";

    /// <summary><see cref="Started"/>, <see cref="Finished"/>, <see cref="Completed"/>, <see cref="Log"/> or <see cref="Done"/>.</summary>
    public string Event { get; set; } = "";

    /// <summary>The requested check (method) id, for <see cref="Started"/>, <see cref="Finished"/> and <see cref="Completed"/>.</summary>
    public string? CheckId { get; set; }

    /// <summary>One result for <see cref="Finished"/>; a family produces one event per member.</summary>
    public CheckResult? Result { get; set; }

    /// <summary>Text for <see cref="Log"/>.</summary>
    public string? Message { get; set; }

    /// <summary>The exit code the runner is about to exit with, for <see cref="Done"/>.</summary>
    public int? ExitCode { get; set; }
}
