using System.Text.RegularExpressions;

namespace GradGate.IntegrationTests.Infrastructure;

internal sealed partial class BuildResult(ProcessResult process)
{
    public int ExitCode => process.ExitCode;

    public string Output => process.Output;

    public bool Succeeded => process.ExitCode == 0;

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; } = BuildDiagnostic.ParseAll(process.Lines);

    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == "error");

    public IEnumerable<BuildDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == "warning");

    public IEnumerable<BuildDiagnostic> WithCode(string code) => Diagnostics.Where(d => d.Code == code);

    /// <summary>The gate's one-line summary (<c>GradGate: 2 checks, ...</c>), if it printed one; not its other notices.</summary>
    public string? Summary => process.Lines.Select(line => line.Trim()).FirstOrDefault(line => SummaryPattern().IsMatch(line));

    [GeneratedRegex(@"^GradGate: \d+ checks?[ ,]")]
    private static partial Regex SummaryPattern();

    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
