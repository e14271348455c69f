using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Fills in the numeric side of every block by central differences over the coordinates each block lists,
/// split into contiguous runs between the workers when there are several, then takes a second look at half the step
/// at the coordinates that would fail (truncation or a kink crossed by the step), on the check's own target. A block's
/// coordinates are estimated at its own step when GradGate enlarged it (<see cref="GradientBlock.AdaptedStep"/>).
/// </summary>
/// <remarks>
/// Every coordinate is estimated from the same values by a deterministic loss whichever worker takes it, and
/// written to its own place, so the figures are identical for any number of workers. Evaluations are counted
/// over all workers; when a closure throws, the first worker's failure (the lowest coordinates) is reported.
/// </remarks>
internal static class NumericGradient
{
    /// <param name="workers">The check's own worker first; each holds its live arrays in the order of <paramref name="blocks"/>.</param>
    /// <param name="center">The check's own objective at the point, shared with any probe that ran before.</param>
    public static void Estimate<T>(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<CoordinateWorker<T>> workers, ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        var primary = workers[0];
        var halfSteps = new HalfStepProbe<T>(primary.Objective, center, context.Settings, context.Precision.RoundingPerUnit);
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var step = T.CreateTruncating(block.AdaptedStep ?? context.Settings.Epsilon);
            var activity = $"while estimating the numeric gradient of {block.Name}";
            block.VanishedSteps = workers.Count == 1
                ? EstimateRun(context, block, block.Coordinates, primary, index, step, activity)
                : EstimateInParallel(context, block, workers, index, step, activity);
            primary.Objective.Activity = $"while probing the numeric gradient of {block.Name} at half steps (truncation or kinks)";
            halfSteps.Examine(block, primary.Live[index], step);
        }
    }

    private static int EstimateInParallel<T>(CheckContext context, GradientBlock block, IReadOnlyList<CoordinateWorker<T>> workers, int index, T step, string activity)
        where T : struct, IFloatingPointIeee754<T>
    {
        var runLength = (block.Coordinates.Length + workers.Count - 1) / workers.Count;
        var vanished = new int[workers.Count];
        var aborted = new CheckAbortedException?[workers.Count];
        Parallel.For(0, workers.Count, new ParallelOptions { MaxDegreeOfParallelism = workers.Count }, worker =>
        {
            var start = Math.Min(worker * runLength, block.Coordinates.Length);
            var run = block.Coordinates.AsSpan(start, Math.Min(runLength, block.Coordinates.Length - start));
            try
            {
                vanished[worker] = EstimateRun(context, block, run, workers[worker], index, step, activity);
            }
            catch (CheckAbortedException exception)
            {
                aborted[worker] = exception;
            }
        });

        foreach (var replica in workers.Skip(1))
        {
            context.Evaluations += replica.Counter.Evaluations;
            replica.Counter.Evaluations = 0;
        }

        return aborted.FirstOrDefault(exception => exception is not null) is { } first ? throw first : vanished.Sum();
    }

    private static int EstimateRun<T>(CheckContext context, GradientBlock block, ReadOnlySpan<int> run, CoordinateWorker<T> worker, int index, T step, string activity)
        where T : struct, IFloatingPointIeee754<T>
    {
        worker.Objective.Activity = activity;
        var vanished = 0;
        foreach (var coordinate in run)
        {
            var estimate = CentralDifference.EstimateOne(worker.Live[index], coordinate, step, context.Precision.RoundingPerUnit, worker.Objective);
            (block.Numeric[coordinate], block.NoiseFloor[coordinate], block.OuterMean[coordinate]) = estimate is { } found
                ? (found.Numeric, found.NoiseFloor, found.OuterMean)
                : (0, double.PositiveInfinity, 0);
            vanished += estimate is null ? 1 : 0;
        }

        return vanished;
    }
}
