using GradGate.Results;

namespace GradGate.Gate;

/// <summary>
/// A small run for <see cref="ReportWarmUp"/> to render where there are no previous results to render (the first build
/// after a clean, every rebuild): a check that passed, one that failed with a finding at a source line, and one skipped,
/// so that the warm-up goes through the same code the report step will. Its numbers mean nothing; it is never written.
/// </summary>
internal static class WarmUpRun
{
    public static RunResult For(string projectPath) => new()
    {
        ProjectPath = projectPath,
        AssemblyName = "WarmUp",
        DurationSeconds = 0.25,
        Checks =
        [
            new CheckResult
            {
                Id = "WarmUp.Checks.Passes",
                Name = "Checks.Passes",
                ClassName = "WarmUp.Checks",
                MethodName = "Passes",
                Kind = "loss",
                Verdict = Verdict.Passed,
                RelativeError = 1e-9,
                Blocks = [Block("x", Verdict.Passed, analytic: 1.0, numeric: 1.0 + 1e-9)],
                Evaluations = 8,
                DurationSeconds = 0.01,
            },
            new CheckResult
            {
                Id = "WarmUp.Checks.Fails",
                Name = "Checks.Fails",
                ClassName = "WarmUp.Checks",
                MethodName = "Fails",
                Kind = "loss",
                Verdict = Verdict.Failed,
                RelativeError = 0.33,
                Blocks = [Block("W", Verdict.Failed, analytic: 2.0, numeric: 1.0)],
                Findings = [new Finding { Severity = Severity.Error, Code = DiagnosticCodes.GradientMismatch, Message = "W disagrees", Block = "W" }],
                Source = new SourceLocation { File = Path.Combine(Path.GetDirectoryName(projectPath) ?? "", "Checks.cs"), Line = 12, Column = 9 },
                Evaluations = 8,
                DurationSeconds = 0.01,
            },
            new CheckResult { Id = "WarmUp.Checks.Skipped", Name = "Checks.Skipped", Verdict = Verdict.Skipped, SkipReason = "warm-up" },
        ],
    };

    private static BlockResult Block(string name, Verdict verdict, double analytic, double numeric) => new()
    {
        Name = name,
        Shape = [2],
        Length = 2,
        RelativeError = Math.Abs(analytic - numeric) / Math.Max(Math.Abs(analytic), Math.Abs(numeric)),
        AnalyticNorm = analytic,
        NumericNorm = numeric,
        CoordinatesChecked = 2,
        Verdict = verdict,
        Worst = [new Coordinate { FlatIndex = 1, Index = [1], Label = name + "[1]", Analytic = analytic, Numeric = numeric, AbsoluteError = Math.Abs(analytic - numeric), RelativeError = 0.33 }],
        Sample = [new SampledValue { FlatIndex = 0, Analytic = analytic, Numeric = numeric }, new SampledValue { FlatIndex = 1, Analytic = analytic, Numeric = numeric }],
    };
}
