using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>One SARIF result before it is written: a finding, where it points, and what identifies it across runs.</summary>
internal sealed class SarifResult
{
    public SarifResult(string code, Severity severity, string message, string file, int line, int column, string fingerprint)
    {
        Code = code;
        Severity = severity;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        Fingerprint = fingerprint;
    }

    public string Code { get; }

    public Severity Severity { get; }

    public string Message { get; }

    /// <summary>The repository-relative path the result points at; empty for none.</summary>
    public string File { get; }

    /// <summary>1-based; 0 when unknown.</summary>
    public int Line { get; }

    public int Column { get; }

    public string Fingerprint { get; }

    public string? Kind { get; set; }

    public string? CheckId { get; set; }

    public string? CheckName { get; set; }

    public Verdict? Verdict { get; set; }

    public string? Block { get; set; }
}
