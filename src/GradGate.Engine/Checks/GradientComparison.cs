using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Compares the analytic gradient of every block with finite differences in the check's mode and records the
/// blocks' results in their order: every coordinate (full), a seeded sample of them (sampled), or seeded
/// directional derivatives first, escalating to every coordinate of a block that disagrees (fast).
/// </summary>
internal static class GradientComparison
{
    /// <param name="workers">The check's own worker first (see <see cref="NumericGradient"/>); directional derivatives use it alone.</param>
    /// <param name="perturbed">What is evaluated at the perturbed points, for messages: <c>loss</c>.</param>
    public static ComparisonSummary Compare<T>(
        CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> health, IReadOnlyList<CoordinateWorker<T>> workers, string perturbed)
        where T : struct, IFloatingPointIeee754<T>
    {
        var random = new Random(context.Settings.Seed);
        switch (context.Mode)
        {
            case GradCheckMode.Fast:
                return CompareFast(context, blocks, health, workers, perturbed, random);
            case GradCheckMode.Sampled:
                foreach (var block in blocks)
                {
                    block.Coordinates = RandomSelection.Coordinates(random, block.Length, CheckModes.SampledCoordinatesPerBlock);
                }

                break;
        }

        return CompareCoordinates(context, blocks, health, workers, perturbed);
    }

    /// <remarks>
    /// The headline relative error is that of the blocks checked coordinate by coordinate when any disagreed,
    /// else the norm formula over every directional derivative.
    /// </remarks>
    private static ComparisonSummary CompareFast<T>(
        CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> health, IReadOnlyList<CoordinateWorker<T>> workers, string perturbed, Random random)
        where T : struct, IFloatingPointIeee754<T>
    {
        var step = T.CreateTruncating(context.Settings.Epsilon);
        var (live, objective) = (workers[0].Live, workers[0].Objective);
        var estimates = new DirectionalEstimate[blocks.Count][];
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            objective.Activity = $"while comparing directional derivatives of {block.Name}";
            estimates[index] = Enumerable.Range(0, CheckModes.FastDirectionsPerBlock)
                .Select(_ => DirectionalDifference.Estimate(
                    live[index], RandomSelection.Direction(random, block.Length), step, block.Analytic, context.Precision.RoundingPerUnit, objective))
                .ToArray();
        }

        var first = context.Blocks.Count;
        var escalated = Enumerable.Range(0, blocks.Count)
            .Where(index => health[index] == Verdict.Failed || !DirectionalJudge.Agrees(context, blocks[index], estimates[index]))
            .ToList();
        foreach (var index in Enumerable.Range(0, blocks.Count).Except(escalated))
        {
            context.Blocks.Add(DirectionalJudge.ToResult(blocks[index], estimates[index], health[index], context.Settings.Delta));
        }

        var summary = escalated.Count == 0
            ? new ComparisonSummary(DirectionalJudge.RelativeError(estimates.SelectMany(block => block), context.Settings.Delta), null, [], 0)
            : CompareCoordinates(context, escalated.Select(index => blocks[index]).ToList(), escalated.Select(index => health[index]).ToList(),
                workers.Select(worker => worker.Select(escalated)).ToList(), perturbed);
        var order = blocks.Select((block, index) => (block.Name, index)).ToDictionary();
        context.Blocks.Sort(first, blocks.Count, Comparer<BlockResult>.Create((left, right) => order[left.Name].CompareTo(order[right.Name])));
        return summary;
    }

    /// <summary>Estimates and judges the blocks coordinate by coordinate, the coordinates each lists.</summary>
    private static ComparisonSummary CompareCoordinates<T>(
        CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> health, IReadOnlyList<CoordinateWorker<T>> workers, string perturbed)
        where T : struct, IFloatingPointIeee754<T>
    {
        NumericGradient.Estimate(context, blocks, workers);
        return ComparisonJudge.Judge(context, blocks, health, perturbed);
    }
}
