using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Locates the few coordinates that carry a disagreement the directional derivatives of a large block proved and its sample
/// missed, by halving the block (adaptive group testing). Along a direction <c>u</c> restricted to a run <c>S</c> of
/// coordinates, the analytic minus the numeric directional derivative is <c>sum over S of u_i e_i</c> for a gradient error
/// <c>e</c>, so a wrong coordinate shows in every run that holds it, and the run's rounding is at most the whole block's.
/// </summary>
/// <remarks>
/// <para>
/// The runs are halves, quarters, ... of the block's flat indices, all along one <see cref="SeededDirection"/>, so a run's
/// signed mismatch is the sum of its halves': one half is measured (two evaluations) and the other is the difference,
/// whose rounding is the two measurements' together. A run is followed when its mismatch exceeds
/// <see cref="Deviations"/> deviations of its rounding and a quarter of what one coordinate off by the error threshold
/// times the block's gradient would cause, the largest first; a run of one coordinate is located. One wrong coordinate of
/// n costs <c>log2(n) + 1</c> directional differences (25 at ten million); the search stops at
/// <see cref="Settings.CheckModes.LocatedCoordinatesPerBlock"/> coordinates or <c>3 log2(n) + 1</c> differences.
/// </para>
/// <para>
/// An error spread thinly over many coordinates fades as the runs shrink and is not followed: the sample finds those. The
/// rounding is the block's measured noise (<see cref="LossNoiseProbe{T}"/>, measured here when the directions did not),
/// else the element type's typical noise for the whole block, both at least that of any run.
/// </para>
/// </remarks>
internal sealed class MismatchBisection<T>(CheckContext context, IScalarObjective objective, ValueAtPoint center)
    where T : struct, IFloatingPointIeee754<T>
{
    private const double Deviations = 4;

    /// <returns>The located coordinates, the largest mismatch first.</returns>
    public IReadOnlyList<int> Locate(GradientBlock block, ArraySegment<T> live, T[] original, T step, int seed)
    {
        var line = new BlockLine<T, SeededDirection>(live, original, new SeededDirection((ulong)seed));
        objective.Activity = $"while halving {block.Name} to locate the coordinates its directional derivatives disagree on";
        var root = Measure(block, line, step);
        if (!block.LossNoiseMeasured)
        {
            (block.LossNoise, block.LossNoiseMeasured) = (new LossNoiseProbe<T>(objective, center).Along(line, step, root.Up, root.Down), true);
        }

        var span = 2 * double.CreateTruncating(step);
        var noise = block.LossNoise is { } deviation ? Math.Sqrt(2) * deviation / span : context.Precision.MachineEpsilon / 2 * (Math.Abs(root.Up) + Math.Abs(root.Down)) * Math.Sqrt(block.Length) / span;
        var smallest = context.Settings.ErrorThreshold * block.AnalyticNorm / 2;
        bool Stands(double mismatch, double variance) => Math.Abs(mismatch) > Math.Max(Deviations * Math.Sqrt(variance), smallest);

        var located = new List<int>();
        var budget = 3 * (int)Math.Ceiling(Math.Log2(block.Length));
        var runs = new PriorityQueue<Run, double>();
        if (Stands(root.Mismatch, noise * noise))
        {
            runs.Enqueue(new Run(0, block.Length, root.Mismatch, noise * noise), -Math.Abs(root.Mismatch));
        }

        while (located.Count < Settings.CheckModes.LocatedCoordinatesPerBlock && runs.TryDequeue(out var run, out _))
        {
            if (run.End - run.Start == 1)
            {
                located.Add(run.Start);
                continue;
            }

            if (budget-- == 0)
            {
                break;
            }

            var middle = run.Start + ((run.End - run.Start) / 2);
            var left = Measure(block, line.Over(run.Start, middle), step).Mismatch;
            var halves = new[] { new Run(run.Start, middle, left, noise * noise), new Run(middle, run.End, run.Mismatch - left, run.Variance + (noise * noise)) };
            foreach (var half in halves.Where(half => Stands(half.Mismatch, half.Variance)))
            {
                runs.Enqueue(half, -Math.Abs(half.Mismatch));
            }
        }

        return located;
    }

    /// <summary>The signed mismatch (analytic minus numeric) of the directional derivative along a run, and the values at its ends.</summary>
    private (double Mismatch, double Up, double Down) Measure(GradientBlock block, BlockLine<T, SeededDirection> line, T step)
    {
        var estimate = DirectionalDifference.Estimate(line, step, block.Analytic, context.Precision, objective);
        return (estimate.Analytic - estimate.Numeric, estimate.Up, estimate.Down);
    }

    /// <summary>A run of coordinates with its signed mismatch and the variance of that mismatch's rounding.</summary>
    private readonly record struct Run(int Start, int End, double Mismatch, double Variance);
}
