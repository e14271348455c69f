namespace Showcase;

/// <summary>One error or warning from a build's output, in MSBuild's canonical format.</summary>
internal sealed record BuildDiagnostic(string File, int? Line, int? Column, string Severity, string Code, string Message)
{
    public bool IsError => Severity == "error";

    public bool IsGradGate => Code.StartsWith("GG", StringComparison.Ordinal);

    public string Format(Func<string, string> shortenPath)
    {
        var location = Line is null ? "" : Column is null ? $"({Line})" : $"({Line},{Column})";
        return $"{shortenPath(File)}{location}: {Severity} {Code}: {Message}";
    }
}
