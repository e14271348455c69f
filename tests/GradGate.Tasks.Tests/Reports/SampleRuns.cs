using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports;

/// <summary>Runs built in code, one for each shape a report must handle, by name so each shows as its own test case.</summary>
internal static class SampleRuns
{
    public const string Mixed = "mixed";
    public const string Hostile = "hostile";
    public const string NoTargets = "no-targets";
    public const string RuntimeUnavailable = "runtime-unavailable";

    /// <summary>Markup, quotes, non-ASCII text, Markdown syntax and control characters (an ANSI colour code among them).</summary>
    public const string HostileText = "Loss<double> & \"quoted\" 'single' Ünïcödé 日本語 🧪 | `tick` *star* _under_ [link](x) #1 \u0001\u001b[31mred\u001b[0m";

    /// <summary><see cref="HostileText"/> without its control characters, as XML 1.0 and Markdown keep it.</summary>
    public const string HostileTextWithoutControls = "Loss<double> & \"quoted\" 'single' Ünïcödé 日本語 🧪 | `tick` *star* _under_ [link](x) #1 [31mred[0m";

    public static readonly DateTime StartedAtUtc = new(2025, 3, 14, 15, 9, 26, 535, DateTimeKind.Utc);

    public static TheoryData<string> Names => new() { Mixed, Hostile, NoTargets, RuntimeUnavailable };

    public static RunResult Create(string name)
        => name switch
        {
            Mixed => CreateMixed(),
            Hostile => CreateHostile(),
            NoTargets => Run(
                [],
                [new Finding { Code = DiagnosticCodes.NoTargets, Severity = Severity.Warning, Message = "MyChecks references GradGate but declares no [GradCheck] method; add one or remove the package." }]),
            RuntimeUnavailable => Run(
                [],
                [new Finding { Code = DiagnosticCodes.RuntimeUnavailable, Severity = Severity.Error, Message = "No .NET 10 runtime is installed to run MyChecks (net10.0); install it or change the target framework." }]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample run."),
        };

    /// <summary>One passed, one warning, two failed, three errors (threw, timed out, crashed), one skipped.</summary>
    private static RunResult CreateMixed()
        => Run(
            [
                Passed(), Warning(), FailedMismatch(), FailedNonFinite(),
                Errored("Threw", DiagnosticCodes.CheckThrew, "Tanh.Backward threw InvalidOperationException: the cache is empty.\n   at MyChecks.Tanh.Backward() in Tanh.cs:line 40"),
                Errored("Hangs", DiagnosticCodes.Timeout, "Slow.Loss ran past the 60 s GradGateTimeout and was abandoned; make it faster or raise GradGateTimeout."),
                Errored("Crashes", DiagnosticCodes.RunnerCrashed, "The runner process died while running Crash.Loss (exit code 134); look for Environment.FailFast or a stack overflow."),
                Skipped("Skipped", "Too slow for every build; run with GradGateFilter."),
            ],
            [new Finding { Code = DiagnosticCodes.BadConfiguration, Severity = Severity.Warning, Message = "GradGateEpsilon '0' is not positive; the element-type default is used instead." }]);

    /// <summary>Every string a user or an exception can supply holds <see cref="HostileText"/>; one message holds a lone surrogate and line breaks.</summary>
    private static RunResult CreateHostile()
    {
        var run = Run(
            [
                WithHostileNames(FailedMismatch()),
                WithHostileNames(Warning()),
                WithHostileNames(Errored("Threw", DiagnosticCodes.CheckThrew, "Boom \ud800 <tag> & \"x\"\r\nsecond line\u0007")),
                WithHostileNames(Skipped("Skipped", HostileText)),
            ],
            []);
        run.AssemblyName = "My<Checks>&Co";
        run.Filter = HostileText;
        return run;
    }

    private static CheckResult WithHostileNames(CheckResult check)
    {
        check.Id = $"{HostileText}.{check.MethodName}";
        check.Name = $"{HostileText} {check.MethodName}";
        check.ClassName = HostileText;
        check.Source = new SourceLocation { File = "src/Prüfungen & Co/Checks <1>.cs", Line = 7, Column = 3 };
        foreach (var finding in check.Findings)
        {
            finding.Message = $"{finding.Message} {HostileText}";
        }

        foreach (var block in check.Blocks)
        {
            block.Name = HostileText;
            foreach (var coordinate in block.Worst)
            {
                coordinate.Label = HostileText + coordinate.Label;
            }
        }

        return check;
    }

    /// <summary>The paths are relative to the repository root, as the report step hands runs to the writers.</summary>
    private static RunResult Run(List<CheckResult> checks, List<Finding> runFindings)
        => new()
        {
            ToolVersion = "0.1.0",
            AssemblyPath = "MyChecks/bin/Debug/net10.0/MyChecks.dll",
            AssemblyName = "MyChecks",
            TargetFramework = "net10.0",
            ProjectPath = "MyChecks/MyChecks.csproj",
            StartedAtUtc = StartedAtUtc,
            DurationSeconds = 4.25,
            Settings = new RunDefaults { ErrorThreshold = 1e-5, WarningThreshold = 1e-7, TimeoutSeconds = 60, Mode = "full" },
            Checks = checks,
            RunFindings = runFindings,
        };

    private static CheckResult Passed()
    {
        var check = Check("Mlp", "Loss", Verdict.Passed, durationSeconds: 0.125);
        check.RelativeError = 3.1e-10;
        check.MaxElementRelativeError = 8.5e-9;
        check.Blocks =
        [
            Block("W1", [2, 3], 4.2e-10, Verdict.Passed, []),
            Block("b1", [3], 1.5e-11, Verdict.Passed, []),
        ];
        return check;
    }

    private static CheckResult Warning()
    {
        var check = Check("Sigmoid", "Operator", Verdict.Warning, durationSeconds: 0.0421, kind: "operator", dtype: "float32");
        check.RelativeError = 3.2e-6;
        check.MaxElementRelativeError = 9.9e-6;
        check.Blocks = [Block("X", [4], 3.2e-6, Verdict.Warning, [Coordinate("X", [2], flatIndex: 2, 0.19661193324148185, 0.19661316, 3.1e-6)])];
        check.Findings =
        [
            new Finding { Code = DiagnosticCodes.GradientMismatchWarning, Severity = Severity.Warning, Message = "Sigmoid.Operator: relative error 3.20e-06 on X is in the warning band (above 1e-7, at most 1e-5); check X[2].", Block = "X" },
        ];
        return check;
    }

    private static CheckResult FailedMismatch()
    {
        var check = Check("BrokenMlp", "Loss", Verdict.Failed, durationSeconds: 1.5);
        check.Source = new SourceLocation { File = "MyChecks/BrokenMlp.cs", Line = 42, Column = 5 };
        check.RelativeError = 0.3333333333333333;
        check.MaxElementRelativeError = 0.9;
        check.Blocks =
        [
            Block("W1", [2, 3], 0.41, Verdict.Failed,
            [
                Coordinate("W1", [1, 2], flatIndex: 5, 0.12345678901234, 0.25, 0.3386),
                Coordinate("W1", [0, 0], flatIndex: 0, -1.5, -1.25, 0.0909),
            ]),
            Block("b1", [3], 2.74e-9, Verdict.Passed, []),
        ];
        check.Blocks[0].Pattern = new MismatchPattern
        {
            Kind = MismatchPatternKinds.Confined,
            Description = "It differs only at 2 coordinates (W1[1,2], W1[0,0]) of the 6 checked; the others agree.",
            Where = ["W1[1,2]", "W1[0,0]"],
        };
        check.Findings =
        [
            new Finding { Code = DiagnosticCodes.GradientMismatch, Severity = Severity.Error, Message = "BrokenMlp.Loss: relative error 4.10e-01 on W1 is above the error threshold 1e-5; worst at W1[1,2] (analytic 0.123 vs numeric 0.25). Fix the backward pass of W1.", Block = "W1" },
            new Finding { Code = DiagnosticCodes.Inconclusive, Severity = Severity.Warning, Message = "BrokenMlp.Loss: 1 coordinate of b1 crossed a kink and was not judged.", Block = "b1" },
        ];
        return check;
    }

    private static CheckResult FailedNonFinite()
    {
        var check = Check("Softmax", "Overflow", Verdict.Failed, durationSeconds: 0.01);
        check.RelativeError = double.NaN;
        check.MaxElementRelativeError = double.PositiveInfinity;
        var block = Block("logits", [2], double.NaN, Verdict.Failed, [Coordinate("logits", [1], flatIndex: 1, double.PositiveInfinity, double.NaN, double.NaN)]);
        block.AnalyticNorm = double.PositiveInfinity;
        block.NumericNorm = double.NegativeInfinity;
        check.Blocks = [block];
        check.Findings =
        [
            new Finding { Code = DiagnosticCodes.NonFinite, Severity = Severity.Error, Message = "Softmax.Overflow: the analytic gradient of logits holds Infinity at logits[1]; subtract the maximum before exponentiating.", Block = "logits" },
        ];
        return check;
    }

    private static CheckResult Errored(string method, string code, string message)
    {
        var check = Check("Faulty", method, Verdict.Error, durationSeconds: 60);
        check.Kind = null;
        check.Settings = null;
        check.Findings = [new Finding { Code = code, Severity = Severity.Error, Message = message }];
        return check;
    }

    private static CheckResult Skipped(string method, string reason)
    {
        var check = Check("Slow", method, Verdict.Skipped, durationSeconds: 0);
        check.SkipReason = reason;
        check.Findings = [new Finding { Code = DiagnosticCodes.Skipped, Severity = Severity.Message, Message = $"Slow.{method} is skipped by its attribute: {reason}" }];
        return check;
    }

    private static CheckResult Check(string type, string method, Verdict verdict, double durationSeconds, string kind = "loss", string dtype = "float64")
        => new()
        {
            Id = $"MyChecks.{type}.{method}",
            Name = $"{type}.{method}",
            ClassName = $"MyChecks.{type}",
            MethodName = method,
            Kind = kind,
            Verdict = verdict,
            Settings = new CheckSettings
            {
                DType = dtype,
                Epsilon = dtype == "float32" ? 1e-3 : 1e-6,
                ErrorThreshold = 1e-5,
                WarningThreshold = 1e-7,
                Seed = 17,
                Mode = "fast",
                Delta = 1e-12,
                Sources = new() { ["epsilon"] = "default", ["errorThreshold"] = "property" },
            },
            Evaluations = 26,
            DurationSeconds = durationSeconds,
            Source = new SourceLocation { File = $"MyChecks/{type}.cs", Line = 10, Column = 5 },
        };

    private static BlockResult Block(string name, int[] shape, double relativeError, Verdict verdict, List<Coordinate> worst)
        => new()
        {
            Name = name,
            Shape = shape,
            Length = shape.Aggregate(1, (product, dimension) => product * dimension),
            RelativeError = relativeError,
            MaxElementRelativeError = relativeError * 2,
            AnalyticNorm = 1.5,
            NumericNorm = 1.25,
            CoordinatesChecked = shape.Aggregate(1, (product, dimension) => product * dimension),
            CoordinatesInconclusive = 0,
            Verdict = verdict,
            Worst = worst,
        };

    private static Coordinate Coordinate(string block, int[] index, int flatIndex, double analytic, double numeric, double relativeError)
        => new()
        {
            Index = index,
            FlatIndex = flatIndex,
            Label = $"{block}[{string.Join(",", index)}]",
            Analytic = analytic,
            Numeric = numeric,
            AbsoluteError = Math.Abs(analytic - numeric),
            RelativeError = relativeError,
        };
}
