using BenchmarkDotNet.Attributes;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Benchmarks;

/// <summary>
/// One check of seed 002's network at 5,560 parameters: (a) the harness's overhead, single-threaded, over a
/// hand-written loop of the same 2n+1 loss evaluations (the baseline), (b) the full check on two workers beside the
/// machine's own limit (the same loop split over two threads), and two checks side by side as the runner runs them,
/// (c) fast and sampled modes against full, (d) the memory each allocates.
/// </summary>
public class CheckBenchmarks
{
    private const double Step = 1e-6;
    private static readonly CheckIdentity Identity = new("Bench.TwoLayerNetwork", "TwoLayerNetwork", "Bench", "TwoLayerNetwork", null);

    private readonly TwoLayerNetwork _network = new();
    private readonly TwoLayerNetwork _secondNetwork = new();
    private readonly TwoLayerNetwork _broken = new(w1GradientFactor: 2);
    private double[][] _numeric = [];
    private double[][] _secondNumeric = [];
    private LossTarget<double>? _secondTarget;
    private LossTarget<double>? _target;
    private LossTarget<double>? _brokenTarget;

    [GlobalSetup]
    public void Setup()
    {
        _target = _network.ToTarget();
        _brokenTarget = _broken.ToTarget();
        _secondTarget = _secondNetwork.ToTarget();
        _numeric = NumericBuffers(_network);
        _secondNumeric = NumericBuffers(_secondNetwork);
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
    public double HandWrittenLoop() => _network.Loss() + CentralDifferences(_network, _numeric, half: null);

    /// <summary>
    /// The machine's limit for (b): the same loop, each of two threads taking half of every block on its own network,
    /// with no harness at all. A parallel check can at best match its ratio to the single-threaded loop.
    /// </summary>
    [Benchmark(Description = "hand-written loop on 2 threads (the machine's limit)")]
    public double HandWrittenLoopOnTwoThreads()
    {
        var checksums = new double[2];
        Parallel.Invoke(
            () => checksums[0] = _network.Loss() + CentralDifferences(_network, _numeric, half: 0),
            () => checksums[1] = CentralDifferences(_secondNetwork, _secondNumeric, half: 1));
        return checksums[0] + checksums[1];
    }

    /// <param name="half">0 or 1 for the first or second half of every block's coordinates, null for all of them.</param>
    private static double CentralDifferences(TwoLayerNetwork network, double[][] numeric, int? half)
    {
        var checksum = 0.0;
        double[][] parameters = [network.W1, network.B1, network.W2, network.B2];
        for (var block = 0; block < parameters.Length; block++)
        {
            var values = parameters[block];
            var (start, end) = half switch
            {
                0 => (0, values.Length / 2),
                1 => (values.Length / 2, values.Length),
                _ => (0, values.Length),
            };
            for (var index = start; index < end; index++)
            {
                var original = values[index];
                values[index] = original + Step;
                var up = network.Loss();
                values[index] = original - Step;
                var down = network.Loss();
                values[index] = original;
                numeric[block][index] = (up - down) / (2 * Step);
            }

            checksum += numeric[block][start];
        }

        return checksum;
    }

    [Benchmark(Description = "full check")]
    public CheckResult FullCheck() => Run(_target!, "full");

    /// <summary>(b) The full check with two workers, each on its own network from the factory.</summary>
    [Benchmark(Description = "full check, 2 workers")]
    public CheckResult FullCheckOnTwoWorkers()
        => GradientChecker.Check(_target!, Identity, new CheckOverrides { Mode = "full", Workers = 2 }, () => new TwoLayerNetwork().ToTarget());

    /// <summary>Two full checks of independent networks, one after the other: the reference for running them side by side.</summary>
    [Benchmark(Description = "two full checks, one after the other")]
    public CheckResult[] TwoFullChecksInSequence() => [Run(_target!, "full"), Run(_secondTarget!, "full")];

    /// <summary>The same two checks on two threads, as the runner runs them with GradGateMaxParallelChecks=2.</summary>
    [Benchmark(Description = "two full checks side by side")]
    public CheckResult[] TwoFullChecksSideBySide()
    {
        var results = new CheckResult[2];
        Parallel.Invoke(() => results[0] = Run(_target!, "full"), () => results[1] = Run(_secondTarget!, "full"));
        return results;
    }

    [Benchmark(Description = "fast check")]
    public CheckResult FastCheck() => Run(_target!, "fast");

    [Benchmark(Description = "sampled check")]
    public CheckResult SampledCheck() => Run(_target!, "sampled");

    [Benchmark(Description = "fast check, W1 * 2 (locates W1 on 64 coordinates)")]
    public CheckResult FastCheckOfBrokenNetwork() => Run(_brokenTarget!, "fast");

    private static double[][] NumericBuffers(TwoLayerNetwork network)
        => [new double[network.W1.Length], new double[network.B1.Length], new double[network.W2.Length], new double[network.B2.Length]];

    private static CheckResult Run(LossTarget<double> target, string mode)
        => GradientChecker.Check(target, Identity, new CheckOverrides { Mode = mode });
}
