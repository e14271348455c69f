namespace GradGate.Results;

/// <summary>One thing a check found, with its stable code and a message that says what, where and what to do.</summary>
public sealed class Finding
{
    public string Code { get; set; } = "";

    public Severity Severity { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The parameter block or input the finding is about, when it is about one.</summary>
    public string? Block { get; set; }
}
