using GradGate.Results;

namespace GradGate.Reports.Html;

/// <summary>The word and the CSS class a verdict is shown with; the colours live in report.css.</summary>
internal static class VerdictStyle
{
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Warning => "warning",
        Verdict.Failed => "failed",
        Verdict.Error => "error",
        _ => "skipped",
    };

    public static string Class(Verdict verdict) => "v-" + Word(verdict);

    /// <summary>A pill with the verdict's word, in its colour.</summary>
    public static string Pill(Verdict verdict) => $"<span class=\"pill {Class(verdict)}\">{Word(verdict)}</span>";

    /// <summary>The run's overall verdict: failed if any check failed, else error if any could not be judged, else warning, else passed.</summary>
    public static Verdict Overall(RunResult run)
    {
        var verdicts = run.Checks.Select(check => check.Verdict).ToList();
        return verdicts.Contains(Verdict.Failed) || run.RunFindings.Any(finding => finding.Severity == Severity.Error) ? Verdict.Failed
            : verdicts.Contains(Verdict.Error) ? Verdict.Error
            : verdicts.Contains(Verdict.Warning) || run.RunFindings.Any(finding => finding.Severity == Severity.Warning) ? Verdict.Warning
            : verdicts.Count > 0 && verdicts.TrueForAll(verdict => verdict == Verdict.Skipped) ? Verdict.Skipped
            : Verdict.Passed;
    }
}
