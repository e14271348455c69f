using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>
/// The results of a run, in report order: the run's own findings (on the project file's first line), then each check's
/// findings at its source line. A skipped check is a GG0017 note with its reason, as the build log shows it, unless it carries one.
/// </summary>
internal static class SarifResults
{
    /// <summary>
    /// A finding about the run, or about a check without a source line, sits at the top of the project file: code scanning
    /// needs a line to show an alert at.
    /// </summary>
    private const int ProjectFileLine = 1;

    public static IEnumerable<SarifResult> Of(RunResult run)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in run.RunFindings)
        {
            yield return new SarifResult(
                finding.Code,
                finding.Severity,
                finding.Message,
                run.ProjectPath,
                ProjectFileLine,
                0,
                SarifFingerprint.Of(finding.Code, "", finding.Block, Next(occurrences, finding.Code, "", finding.Block)));
        }

        foreach (var check in run.Checks)
        {
            var findings = check.Findings.ToList();
            if (check.Verdict == Verdict.Skipped && !findings.Any(finding => finding.Code == DiagnosticCodes.Skipped))
            {
                findings.Add(new Finding
                {
                    Code = DiagnosticCodes.Skipped,
                    Severity = Severity.Message,
                    Message = $"skipped ({check.SkipReason ?? "no reason given"}).",
                });
            }

            foreach (var finding in findings)
            {
                var located = check.Source is { File.Length: > 0, Line: > 0 };
                yield return new SarifResult(
                    finding.Code,
                    finding.Severity,
                    WithCheckName(check, finding),
                    located ? check.Source!.File : run.ProjectPath,
                    located ? check.Source!.Line : ProjectFileLine,
                    located ? check.Source!.Column : 0,
                    SarifFingerprint.Of(finding.Code, check.Id, finding.Block, Next(occurrences, finding.Code, check.Id, finding.Block)))
                {
                    Kind = check.Verdict == Verdict.Skipped ? "notApplicable" : null,
                    CheckId = check.Id,
                    CheckName = DiagnosticText.CheckName(check),
                    Verdict = check.Verdict,
                    Block = finding.Block,
                };
            }
        }
    }

    /// <summary>The message with the check's name in front, once, keeping its lines (code scanning shows them).</summary>
    private static string WithCheckName(CheckResult check, Finding finding)
    {
        var name = DiagnosticText.CheckName(check);
        return finding.Message.StartsWith(name, StringComparison.Ordinal) ? finding.Message : $"{name}: {finding.Message}";
    }

    private static int Next(Dictionary<string, int> occurrences, string code, string checkId, string? block)
    {
        var key = string.Join("\u001f", code, checkId, block ?? "");
        occurrences.TryGetValue(key, out var seen);
        occurrences[key] = seen + 1;
        return seen;
    }
}
