using GradGate.Results;

namespace GradGate.Gate;

/// <summary>
/// A small run for <see cref="ReportWarmUp"/> to render where there are no previous results to render (the first build
/// after a clean, every rebuild): a check that passed, one that failed with a finding at a source line, and one skipped,
/// so that the warm-up goes through the same code the report step will. Its numbers mean nothing; it is never written.
/// </summary>
internal static class WarmUpRun
{
    public static RunResult For(string projectPath)
    {
        var fails = LossCheck("Fails", Verdict.Failed, Block("W", Verdict.Failed, analytic: 2.0, numeric: 1.0));
        fails.Findings = [new Finding { Severity = Severity.Error, Code = DiagnosticCodes.GradientMismatch, Message = "W disagrees", Block = "W" }];
        fails.Source = new SourceLocation { File = Path.Combine(Path.GetDirectoryName(projectPath) ?? "", "Checks.cs"), Line = 12, Column = 9 };
        return new RunResult
        {
            ProjectPath = projectPath,
            AssemblyName = "WarmUp",
            DurationSeconds = 0.25,
            Checks =
            [
                LossCheck("Passes", Verdict.Passed, Block("x", Verdict.Passed, analytic: 1.0, numeric: 1.0 + 1e-9)),
                fails,
                new CheckResult { Id = "WarmUp.Checks.Skipped", Name = "Checks.Skipped", Verdict = Verdict.Skipped, SkipReason = "warm-up" },
            ],
        };
    }

    private static CheckResult LossCheck(string method, Verdict verdict, BlockResult block) => new()
    {
        Id = "WarmUp.Checks." + method,
        Name = "Checks." + method,
        ClassName = "WarmUp.Checks",
        MethodName = method,
        Kind = "loss",
        Verdict = verdict,
        RelativeError = block.RelativeError,
        Blocks = [block],
        Evaluations = 8,
        DurationSeconds = 0.01,
    };

    private static BlockResult Block(string name, Verdict verdict, double analytic, double numeric)
    {
        var error = Math.Abs(analytic - numeric);
        var relativeError = error / Math.Max(Math.Abs(analytic), Math.Abs(numeric));
        return new BlockResult
        {
            Name = name,
            Shape = [2],
            Length = 2,
            RelativeError = relativeError,
            AnalyticNorm = analytic,
            NumericNorm = numeric,
            CoordinatesChecked = 2,
            Verdict = verdict,
            Worst = [new Coordinate { FlatIndex = 1, Index = [1], Label = name + "[1]", Analytic = analytic, Numeric = numeric, AbsoluteError = error, RelativeError = relativeError }],
            Sample = [new SampledValue { FlatIndex = 0, Analytic = analytic, Numeric = numeric }, new SampledValue { FlatIndex = 1, Analytic = analytic, Numeric = numeric }],
        };
    }
}
