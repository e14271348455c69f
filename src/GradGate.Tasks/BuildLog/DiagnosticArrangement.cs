using GradGate.Results;

namespace GradGate.Tasks.BuildLog;

/// <summary>
/// Puts a run's findings in the order they are logged, worst first, because CI annotates only the first few:
/// errors before warnings before messages; within each, findings about the run before those of checks, and
/// checks by relative error, largest first, then in declaration order. Skipped checks are left out. A
/// check's message starts with the check's name (added unless the message already starts with it). Every
/// message is one line: MSBuild would log each further line as an error of its own, and CI would spend its
/// few annotations on them.
/// </summary>
internal static class DiagnosticArrangement
{
    public static IReadOnlyList<BuildDiagnostic> Arrange(RunResult run, string projectPath)
    {
        var runFindings = run.RunFindings.Select(finding => new Ranked(
            finding,
            Group: 0,
            ErrorKey: 0,
            new BuildDiagnostic(finding.Severity, finding.Code, projectPath, 0, 0, OneLine(finding.Message))));

        var checkFindings = run.Checks
            .Where(check => check.Verdict != Verdict.Skipped)
            .SelectMany(check => check.Findings.Select(finding => new Ranked(
                finding,
                Group: 1,
                ErrorKey: WorstFirst.Key(check.RelativeError),
                Locate(check, finding, projectPath))));

        return runFindings
            .Concat(checkFindings)
            .OrderByDescending(ranked => ranked.Finding.Severity)
            .ThenBy(ranked => ranked.Group)
            .ThenByDescending(ranked => ranked.ErrorKey)
            .Select(ranked => ranked.Diagnostic)
            .ToList();
    }

    private static BuildDiagnostic Locate(CheckResult check, Finding finding, string projectPath)
    {
        var name = CheckName(check);
        var message = OneLine(finding.Message.StartsWith(name, StringComparison.Ordinal) ? finding.Message : $"{name}: {finding.Message}");
        return check.Source is { File.Length: > 0 } source
            ? new BuildDiagnostic(finding.Severity, finding.Code, source.File, source.Line, source.Column, message)
            : new BuildDiagnostic(finding.Severity, finding.Code, projectPath, 0, 0, message);
    }

    /// <summary>
    /// The message's lines, trimmed, joined with <c> | </c>; any other control character but the tab is written as its
    /// <c>\uXXXX</c> escape, so text from a check (an ANSI colour code, a backspace) cannot recolour or rewrite a CI log.
    /// </summary>
    public static string OneLine(string message)
        => string.Join(
            " | ",
            message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(line => EscapeControls(line.Trim())).Where(line => line.Length > 0));

    private static string EscapeControls(string line)
        => line.Any(IsEscaped)
            ? string.Concat(line.Select(character => IsEscaped(character) ? $"\\u{(int)character:X4}" : character.ToString()))
            : line;

    private static bool IsEscaped(char character) => char.IsControl(character) && character != '\t';

    public static string CheckName(CheckResult check) => check.Name.Length > 0 ? check.Name : check.Id;

    private sealed record Ranked(Finding Finding, int Group, double ErrorKey, BuildDiagnostic Diagnostic);
}
