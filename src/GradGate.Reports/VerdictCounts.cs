using GradGate.Results;

namespace GradGate.Reports;

/// <summary>How many checks of a run ended with each verdict.</summary>
internal sealed class VerdictCounts
{
    private VerdictCounts(IReadOnlyCollection<CheckResult> checks)
    {
        Total = checks.Count;
        Passed = checks.Count(check => check.Verdict == Verdict.Passed);
        Warning = checks.Count(check => check.Verdict == Verdict.Warning);
        Failed = checks.Count(check => check.Verdict == Verdict.Failed);
        Error = checks.Count(check => check.Verdict == Verdict.Error);
        Skipped = checks.Count(check => check.Verdict == Verdict.Skipped);
    }

    public int Total { get; }

    public int Passed { get; }

    public int Warning { get; }

    public int Failed { get; }

    public int Error { get; }

    public int Skipped { get; }

    public static VerdictCounts Of(RunResult run) => new(run.Checks);
}
