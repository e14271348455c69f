using GradGate.Results;

namespace GradGate.Gate.BuildLog;

/// <summary>
/// Puts a run's findings in the order they are logged, worst first, because CI annotates only the first few:
/// errors before warnings before messages; within each, findings about the run before those of checks, errors of
/// checks smallest target first (<see cref="SmallestFirst"/>), and checks by relative error, largest first, then in
/// declaration order. Skipped checks are left out. Each
/// message reads as <see cref="DiagnosticText"/> writes it: one line, starting with the check's name.
/// </summary>
internal static class DiagnosticArrangement
{
    public static IReadOnlyList<BuildDiagnostic> Arrange(RunResult run, string projectPath)
    {
        var runFindings = run.RunFindings.Select(finding => new Ranked(
            finding,
            Group: 0,
            Size: 0,
            ErrorKey: 0,
            new BuildDiagnostic(finding.Severity, finding.Code, projectPath, 0, 0, DiagnosticText.OneLine(finding.Message))));

        var checkFindings = run.Checks
            .Where(check => check.Verdict != Verdict.Skipped)
            .SelectMany(check => check.Findings.Select(finding => new Ranked(
                finding,
                Group: 1,
                Size: finding.Severity == Severity.Error ? SmallestFirst.Key(check) : 0,
                ErrorKey: WorstFirst.Key(check.RelativeError),
                Locate(check, finding, projectPath))));

        return runFindings
            .Concat(checkFindings)
            .OrderByDescending(ranked => ranked.Finding.Severity)
            .ThenBy(ranked => ranked.Group)
            .ThenBy(ranked => ranked.Size)
            .ThenByDescending(ranked => ranked.ErrorKey)
            .Select(ranked => ranked.Diagnostic)
            .ToList();
    }

    private static BuildDiagnostic Locate(CheckResult check, Finding finding, string projectPath)
    {
        var message = DiagnosticText.Of(check, finding);
        return check.Source is { File.Length: > 0 } source
            ? new BuildDiagnostic(finding.Severity, finding.Code, source.File, source.Line, source.Column, message)
            : new BuildDiagnostic(finding.Severity, finding.Code, projectPath, 0, 0, message);
    }

    private sealed record Ranked(Finding Finding, int Group, long Size, double ErrorKey, BuildDiagnostic Diagnostic);
}
