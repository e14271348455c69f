namespace GradGate.Results;

/// <summary>Where a check is declared: the file and line of its [GradCheck] method.</summary>
public sealed class SourceLocation
{
    public string File { get; set; } = "";

    public int Line { get; set; }

    public int Column { get; set; }
}
