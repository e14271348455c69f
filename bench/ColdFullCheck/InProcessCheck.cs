using System.Diagnostics;
using GradGate;

namespace ColdFullCheck;

/// <summary>
/// The same check through GradGate's public in-process API (what GradGate.Xunit calls), in a plain process without the
/// gate's runner: separates what the runner's process costs from what the checking engine costs when it runs cold.
/// Run more than once, the later checks show what the first one paid for warming up.
/// </summary>
internal static class InProcessCheck
{
    public static int Run(int times)
    {
        var passed = true;
        for (var run = 1; run <= times; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = GradChecker.Check(typeof(Checks).GetMethod(nameof(Checks.TwoLayerNetworkFull))!).Single();
            clock.Stop();
            Console.WriteLine($"check {run}: {result.Verdict}, relative error {result.RelativeError:0.00e+00}, {result.Evaluations} evaluations, "
                + $"durationSeconds {result.DurationSeconds:0.000} ({clock.Elapsed.TotalSeconds:0.000} s with finding the method)");
            passed &= result.Verdict == GradGate.Results.Verdict.Passed;
        }

        return passed ? 0 : 1;
    }
}
