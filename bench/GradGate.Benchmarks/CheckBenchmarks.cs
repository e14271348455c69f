using BenchmarkDotNet.Attributes;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Benchmarks;

/// <summary>
/// One check of seed 002's network at 5,560 parameters: (a) the harness's overhead, single-threaded, over a
/// hand-written loop of the same 2n+1 loss evaluations (the baseline), (b) the full check on two workers,
/// (c) fast and sampled modes against full, (d) the memory each allocates.
/// </summary>
public class CheckBenchmarks
{
    private const double Step = 1e-6;
    private static readonly CheckIdentity Identity = new("Bench.TwoLayerNetwork", "TwoLayerNetwork", "Bench", "TwoLayerNetwork", null);

    private readonly TwoLayerNetwork _network = new();
    private readonly TwoLayerNetwork _broken = new(w1GradientFactor: 2);
    private double[][] _numeric = [];
    private LossTarget<double>? _target;
    private LossTarget<double>? _brokenTarget;

    [GlobalSetup]
    public void Setup()
    {
        _target = _network.ToTarget();
        _brokenTarget = _broken.ToTarget();
        _numeric = [new double[_network.W1.Length], new double[_network.B1.Length], new double[_network.W2.Length], new double[_network.B2.Length]];
        Describe("correct network, full", Run(_target, "full"), Verdict.Passed);
        Describe("correct network, fast", Run(_target, "fast"), Verdict.Passed);
        Describe("W1 * 2, fast", Run(_brokenTarget, "fast"), Verdict.Failed);
    }

    /// <summary>Prints what a benchmarked check finds, and stops when it is not the verdict the benchmark claims to measure.</summary>
    private static void Describe(string what, CheckResult result, Verdict expected)
    {
        var blocks = string.Join(", ", result.Findings.Select(finding => $"{finding.Code} {finding.Block}"));
        Console.WriteLine($"// {what}: {result.Verdict} ({blocks}), relative error {result.RelativeError:0.00e+00}, {result.Evaluations} evaluations");
        if (result.Verdict != expected)
        {
            throw new InvalidOperationException($"The benchmark expects the {what} check to be {expected}, but it is {result.Verdict}: {result.Findings.FirstOrDefault()?.Message}");
        }
    }

    /// <summary>The seed's loop: the loss once at the point, then twice per parameter, perturbing in place.</summary>
    [Benchmark(Baseline = true, Description = "hand-written loop, 2n+1 losses")]
    public double HandWrittenLoop()
    {
        var checksum = _network.Loss();
        double[][] parameters = [_network.W1, _network.B1, _network.W2, _network.B2];
        for (var block = 0; block < parameters.Length; block++)
        {
            var values = parameters[block];
            for (var index = 0; index < values.Length; index++)
            {
                var original = values[index];
                values[index] = original + Step;
                var up = _network.Loss();
                values[index] = original - Step;
                var down = _network.Loss();
                values[index] = original;
                _numeric[block][index] = (up - down) / (2 * Step);
            }

            checksum += _numeric[block][0];
        }

        return checksum;
    }

    [Benchmark(Description = "full check")]
    public CheckResult FullCheck() => Run(_target!, "full");

    /// <summary>(b) The full check with two workers, each on its own network from the factory.</summary>
    [Benchmark(Description = "full check, 2 workers")]
    public CheckResult FullCheckOnTwoWorkers()
        => GradientChecker.Check(_target!, Identity, new CheckOverrides { Mode = "full", Workers = 2 }, () => new TwoLayerNetwork().ToTarget());

    [Benchmark(Description = "fast check")]
    public CheckResult FastCheck() => Run(_target!, "fast");

    [Benchmark(Description = "sampled check")]
    public CheckResult SampledCheck() => Run(_target!, "sampled");

    [Benchmark(Description = "fast check, W1 * 2 (escalates W1)")]
    public CheckResult FastCheckOfBrokenNetwork() => Run(_brokenTarget!, "fast");

    private static CheckResult Run(LossTarget<double> target, string mode)
        => GradientChecker.Check(target, Identity, new CheckOverrides { Mode = mode });
}
