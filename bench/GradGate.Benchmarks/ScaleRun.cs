using System.Diagnostics;
using System.Numerics.Tensors;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Benchmarks;

/// <summary>
/// One whole check of <c>0.5 sum(w^2) + b0^2 + b1^3</c> over a large <c>w</c> (issue 10), run once and described, for
/// timing and peak memory from outside (<c>/usr/bin/time -v</c>, with <c>DOTNET_GCHeapHardLimit</c> set as the runner
/// sets it): <c>scale &lt;coordinates&gt; [linq|loop|tensor] [wrong coordinate, -1 for none] [seed] [factor of every weight's gradient]</c>.
/// </summary>
internal static class ScaleRun
{
    public static void Run(string[] args)
    {
        var count = int.Parse(args[0]);
        var sum = args.Length > 1 ? args[1] : "linq";
        var wrong = args.Length > 2 ? int.Parse(args[2]) : -1;
        var seed = args.Length > 3 ? int.Parse(args[3]) : 0;
        var factor = args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var stopwatch = Stopwatch.StartNew();
        var w = new double[count];
        for (var index = 0; index < count; index++)
        {
            w[index] = Math.Sqrt(2) * Math.Sin(index);
        }

        double[] b = [0.75, -0.5];
        Func<double> squares = sum switch
        {
            "tensor" => () => TensorPrimitives.SumOfSquares(w),
            "loop" => () => SumOfSquares(w),
            _ => () => w.Sum(value => value * value),
        };
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "w", w }, { "b", b } },
            () => (0.5 * squares()) + (b[0] * b[0]) + (b[1] * b[1] * b[1]),
            () =>
            {
                var gradient = (double[])w.Clone();
                if (factor != 1)
                {
                    for (var index = 0; index < gradient.Length; index++)
                    {
                        gradient[index] *= factor;
                    }
                }

                if (wrong >= 0)
                {
                    gradient[wrong] += 1;
                }

                return new Dictionary<string, double[]> { ["w"] = gradient, ["b"] = [2 * b[0], 3 * b[1] * b[1]] };
            });
        var built = stopwatch.Elapsed.TotalSeconds;
        var result = GradientChecker.Check(target, new CheckIdentity("Scale.Check", "Scale", "Scale", "Check", null), new CheckOverrides { Seed = seed });
        Console.WriteLine($"{count:N0} coordinates, {sum} sum, wrong coordinate {wrong}, seed {seed}, factor {factor}: built in {built:F2} s, checked in {result.DurationSeconds:F2} s, "
            + $"{result.Evaluations} evaluations, mode {result.Settings!.Mode}, verdict {result.Verdict}, relative error {result.RelativeError:E2}");
        foreach (var block in result.Blocks)
        {
            Console.WriteLine($"  {block.Name}: {block.Verdict}, relative error {block.RelativeError:E2}, {block.CoordinatesChecked} checked, worst "
                + string.Join("; ", block.Worst.Select(coordinate => $"{coordinate.Label} {coordinate.Analytic:E3} vs {coordinate.Numeric:E3}")));
        }

        foreach (var finding in result.Findings)
        {
            Console.WriteLine($"  {finding.Code} {finding.Severity} [{finding.Block}]: {finding.Message}");
        }

        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB, "
            + $"GC heap limit {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MB");
    }

    private static double SumOfSquares(double[] values)
    {
        var total = 0.0;
        foreach (var value in values)
        {
            total += value * value;
        }

        return total;
    }
}
