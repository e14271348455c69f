namespace Showcase;

/// <summary>What one build of a sample produced: its exit code, what the gate printed and the reports it wrote.</summary>
internal sealed record SampleBuild(
    int ExitCode,
    IReadOnlyList<string> SummaryLines,
    IReadOnlyList<BuildDiagnostic> Diagnostics,
    IReadOnlyList<string> ReportFiles,
    string LogPath)
{
    public IEnumerable<BuildDiagnostic> GradGateDiagnostics => Diagnostics.Where(diagnostic => diagnostic.IsGradGate);

    public bool HasReport(string suffix) => ReportFiles.Any(file => file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
}
