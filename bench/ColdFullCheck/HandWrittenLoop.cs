using System.Diagnostics;
using GradGate.Benchmarks;

namespace ColdFullCheck;

/// <summary>
/// The hand-written loop of CheckBenchmarks' baseline: the loss once at the point, then twice per parameter, perturbing
/// in place (2n+1 evaluations, 11,121 here), timed from building the network to the last difference.
/// </summary>
internal static class HandWrittenLoop
{
    private const double Step = 1e-6;

    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        AllocationOffset.Apply();
        var network = new TwoLayerNetwork();
        var evaluations = 1;
        var checksum = network.Loss();
        foreach (var values in new[] { network.W1, network.B1, network.W2, network.B2 })
        {
            var numeric = new double[values.Length];
            for (var index = 0; index < values.Length; index++)
            {
                var original = values[index];
                values[index] = original + Step;
                var up = network.Loss();
                values[index] = original - Step;
                var down = network.Loss();
                values[index] = original;
                numeric[index] = (up - down) / (2 * Step);
                evaluations += 2;
            }

            checksum += numeric[0];
        }

        clock.Stop();
        Console.WriteLine($"loop: {evaluations} evaluations in {clock.Elapsed.TotalSeconds:0.000} s (checksum {checksum:0.000000e+00})");
        return 0;
    }
}
