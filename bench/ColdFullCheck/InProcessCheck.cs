using System.Diagnostics;
using GradGate;

namespace ColdFullCheck;

/// <summary>
/// The same check through GradGate's public in-process API (what GradGate.Xunit calls), in a plain process without the
/// gate's runner: separates what the runner's process costs from what the checking engine costs when it runs cold.
/// </summary>
internal static class InProcessCheck
{
    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        var result = GradChecker.Check(typeof(Checks).GetMethod(nameof(Checks.TwoLayerNetworkFull))!).Single();
        clock.Stop();
        Console.WriteLine($"check: {result.Verdict}, relative error {result.RelativeError:0.00e+00}, {result.Evaluations} evaluations, "
            + $"durationSeconds {result.DurationSeconds:0.000} ({clock.Elapsed.TotalSeconds:0.000} s with finding the method)");
        return result.Verdict == GradGate.Results.Verdict.Passed ? 0 : 1;
    }
}
