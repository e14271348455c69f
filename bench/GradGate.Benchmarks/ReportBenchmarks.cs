using BenchmarkDotNet.Attributes;
using GradGate.Reports;
using GradGate.Results;

namespace GradGate.Benchmarks;

/// <summary>
/// Issue 15, target 4: each report format rendered for a run of 100, 1,000 and 10,000 checks, to show that the writers'
/// time and allocation per check stay flat as the run grows. The run is synthetic but shaped like a real one: every check
/// has two blocks with worst coordinates and a 64-point sample, one in ten fails with a GG0001 finding and a mismatch
/// pattern, one in twenty is a warning, one in fifty is skipped, and checks share a few source files.
/// </summary>
public class ReportBenchmarks
{
    private RunResult _run = new();
    private IReport _report = ReportFormats.All[0];

    [Params(100, 1_000, 10_000)]
    public int Checks { get; set; }

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = ReportFormats.Json;

    public static IEnumerable<string> Formats => ReportFormats.Names;

    [GlobalSetup]
    public void Setup()
    {
        _run = SyntheticRun(Checks);
        _report = ReportFormats.Find(Format) ?? throw new InvalidOperationException($"No report format '{Format}'.");
        var text = _report.Render(_run);
        Console.WriteLine($"// {Format}, {Checks} checks: {text.Length:N0} characters, {text.Length / (double)Checks:N0} per check");
    }

    [Benchmark(Description = "render the report")]
    public string Render() => _report.Render(_run);

    private static RunResult SyntheticRun(int checks)
    {
        var run = new RunResult
        {
            ToolVersion = "0.2.0-bench",
            AssemblyPath = "/home/user/project/bin/Release/net10.0/Project.dll",
            AssemblyName = "Project",
            TargetFramework = "net10.0",
            ProjectPath = "/home/user/project/Project.csproj",
            StartedAtUtc = new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc),
            DurationSeconds = checks * 0.01,
        };
        for (var index = 0; index < checks; index++)
        {
            run.Checks.Add(SyntheticCheck(index));
        }

        return run;
    }

    private static CheckResult SyntheticCheck(int index)
    {
        var verdict = index % 50 == 7 ? Verdict.Skipped : index % 10 == 3 ? Verdict.Failed : index % 20 == 5 ? Verdict.Warning : Verdict.Passed;
        var className = $"Project.Checks{index / 25}";
        var methodName = $"Check{index}";
        var check = new CheckResult
        {
            Id = $"{className}.{methodName}",
            Name = methodName,
            ClassName = className,
            MethodName = methodName,
            Kind = index % 3 == 0 ? "operator" : "loss",
            Verdict = verdict,
            Evaluations = 41,
            DurationSeconds = 0.004 + (index % 7 * 0.001),
            Source = new SourceLocation { File = $"/home/user/project/Checks{index / 25}.cs", Line = 10 + (index % 25 * 6), Column = 5 },
        };
        if (verdict == Verdict.Skipped)
        {
            check.SkipReason = "waiting for the new backward pass";
            return check;
        }

        var error = verdict switch { Verdict.Failed => 0.5, Verdict.Warning => 3e-5, _ => 1e-9 * (1 + (index % 13)) };
        check.RelativeError = error;
        check.MaxElementRelativeError = error * 2;
        check.Settings = new CheckSettings { Epsilon = 1e-6, ErrorThreshold = 1e-4, WarningThreshold = 1e-6, Mode = "full", Delta = 1e-6 };
        check.Blocks.Add(Block("w", [4, 5], error, verdict));
        check.Blocks.Add(Block("b", [5], error / 3, verdict == Verdict.Failed ? Verdict.Passed : verdict));
        if (verdict == Verdict.Failed)
        {
            check.Blocks[0].Pattern = new MismatchPattern { Kind = MismatchPatternKinds.Factor, Description = "the analytic gradient is 2x the numeric one", Factor = 2, Where = ["w"] };
            check.Findings.Add(new Finding { Code = "GG0001", Severity = Severity.Error, Block = "w", Message = $"Gradient mismatch in w: relative error {error} exceeds the error threshold 1e-4." });
        }
        else if (verdict == Verdict.Warning)
        {
            check.Findings.Add(new Finding { Code = "GG0002", Severity = Severity.Warning, Block = "w", Message = $"Relative error {error} in w is above the warning threshold 1e-6." });
        }

        return check;
    }

    private static BlockResult Block(string name, int[] shape, double error, Verdict verdict)
    {
        var length = shape.Aggregate(1, (product, size) => product * size);
        var block = new BlockResult
        {
            Name = name,
            Shape = shape,
            Length = length,
            RelativeError = error,
            MaxElementRelativeError = error * 2,
            AnalyticNorm = 1.5,
            NumericNorm = verdict == Verdict.Failed ? 0.75 : 1.5,
            CoordinatesChecked = length,
            Verdict = verdict,
        };
        for (var flat = 0; flat < Math.Min(3, length); flat++)
        {
            var analytic = 0.1 * (flat + 1);
            var numeric = verdict == Verdict.Failed ? analytic / 2 : analytic * (1 + error);
            block.Worst.Add(new Coordinate
            {
                FlatIndex = flat,
                Index = shape.Length == 2 ? [flat / shape[1], flat % shape[1]] : [flat],
                Label = $"{name}[{flat}]",
                Analytic = analytic,
                Numeric = numeric,
                AbsoluteError = Math.Abs(analytic - numeric),
                RelativeError = Math.Abs(analytic - numeric) / Math.Abs(analytic),
            });
        }

        for (var flat = 0; flat < length; flat++)
        {
            var analytic = Math.Sin(flat);
            block.Sample.Add(new SampledValue { FlatIndex = flat, Analytic = analytic, Numeric = verdict == Verdict.Failed ? analytic / 2 : analytic });
        }

        return block;
    }
}
