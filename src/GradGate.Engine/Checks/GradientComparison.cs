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
/// directional derivatives first, escalating a block that disagrees to every coordinate, or to a seeded sample of
/// them when it has more than <see cref="CheckModes.FullModeCoordinateLimit"/> (fast).
/// </summary>
internal static class GradientComparison
{
    /// <param name="workers">The check's own worker first (see <see cref="NumericGradient"/>); directional derivatives use it alone.</param>
    /// <param name="originals">The check's own arrays at its point (its snapshot), in the order of the blocks: moves along a direction put the values back from them.</param>
    /// <param name="perturbed">What is evaluated at the perturbed points, for messages: <c>loss</c>.</param>
    public static ComparisonSummary Compare<T>(
        CheckContext context,
        IReadOnlyList<GradientBlock> blocks,
        IReadOnlyList<Verdict> health,
        IReadOnlyList<CoordinateWorker<T>> workers,
        IReadOnlyList<T[]> originals,
        string perturbed)
        where T : struct, IFloatingPointIeee754<T>
    {
        var random = new Random(context.Settings.Seed);
        var center = new ValueAtPoint(workers[0].Objective);
        switch (context.Mode)
        {
            case GradCheckMode.Fast:
                return CompareFast(context, blocks, health, workers, originals, perturbed, random, center);
            case GradCheckMode.Sampled:
                foreach (var block in blocks)
                {
                    block.Coordinates = RandomSelection.Coordinates(random, block.Length, CheckModes.SampledCoordinatesPerBlock);
                }

                break;
        }

        return CompareCoordinates(context, blocks, health, workers, perturbed, center);
    }

    /// <remarks>
    /// The check's relative error is the norm formula over every block, as in full mode: the blocks checked coordinate by
    /// coordinate give their norms, and those that agreed along their directions give the norms the directions estimate
    /// (<see cref="DirectionalJudge.Norms"/>), so the same gradients give the same figure in both modes. A direction whose disagreement the loss's rounding may
    /// explain is measured again at a larger step first (<see cref="NoiseLimitedDirections{T}"/>). A block too large to
    /// check coordinate by coordinate is located on a sample of <see cref="CheckModes.SampledCoordinatesPerBlock"/>
    /// coordinates, so escalation costs about as many evaluations as sampled mode; when the sample misses an error the
    /// directions proved, the block still fails and halving it locates the coordinates that carry the error
    /// (<see cref="MismatchBisection{T}"/>), and when only a kink crossed along a direction explains the disagreement, it is
    /// inconclusive (<see cref="UnlocatedMismatch"/>).
    /// </remarks>
    private static ComparisonSummary CompareFast<T>(
        CheckContext context,
        IReadOnlyList<GradientBlock> blocks,
        IReadOnlyList<Verdict> health,
        IReadOnlyList<CoordinateWorker<T>> workers,
        IReadOnlyList<T[]> originals,
        string perturbed,
        Random random,
        ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        var estimates = MeasureDirections(context, blocks, workers[0], originals, random, center);
        var first = context.Blocks.Count;
        var escalated = Enumerable.Range(0, blocks.Count)
            .Where(index => IsCheckedByCoordinates(blocks[index]) || health[index] == Verdict.Failed || !DirectionalJudge.Agrees(context, blocks[index], estimates[index]))
            .ToList();
        foreach (var index in Enumerable.Range(0, blocks.Count).Except(escalated))
        {
            context.Blocks.Add(DirectionalJudge.ToResult(blocks[index], estimates[index], health[index], context.Settings.Delta));
        }

        var sampled = escalated.Where(index => IsLocatedOnSample(blocks[index])).ToList();
        foreach (var index in sampled)
        {
            blocks[index].Coordinates = RandomSelection.Coordinates(random, blocks[index].Length, CheckModes.SampledCoordinatesPerBlock);
            NoiseLimitedCoordinates.Anticipate(context, blocks[index], center, coordinate => double.CreateTruncating(originals[index][coordinate]));
        }

        var agreed = Enumerable.Range(0, blocks.Count).Except(escalated)
            .Aggregate(GroupNorms.Zero, (norms, index) => norms.Add(DirectionalJudge.Norms(blocks[index], estimates[index])));
        var summary = escalated.Count == 0
            ? new ComparisonSummary(agreed, null, [], 0)
            : CompareCoordinates(context, escalated.Select(index => blocks[index]).ToList(), escalated.Select(index => health[index]).ToList(),
                workers.Select(worker => worker.Select(escalated)).ToList(), perturbed, center);
        summary = summary with { Norms = summary.Norms?.Add(agreed) };
        foreach (var index in sampled)
        {
            var result = context.Blocks.Skip(first).Single(result => result.Name == blocks[index].Name);
            var located = UnlocatedMismatch.IsProven(context, blocks[index], estimates[index], result)
                ? Locate(context, blocks, index, workers, originals, estimates[index], random, center)
                : [];
            UnlocatedMismatch.Report(context, blocks[index], estimates[index], result, perturbed, located);
        }

        var order = blocks.Select((block, index) => (block.Name, index)).ToDictionary();
        context.Blocks.Sort(first, blocks.Count, Comparer<BlockResult>.Create((left, right) => order[left.Name].CompareTo(order[right.Name])));
        return summary;
    }

    /// <summary>
    /// Measures each block's directional derivatives with the check's own worker, each direction scaled so that it moves
    /// every coordinate by about its own step (<see cref="RelativeStep"/>). For a block that would be located on
    /// a sample, a direction that disagrees beyond the threshold is examined for a kink crossed along it, while the
    /// direction is at hand: the sample is unlikely to contain the coordinates that cross it.
    /// </summary>
    private static DirectionalEstimate[][] MeasureDirections<T>(
        CheckContext context, IReadOnlyList<GradientBlock> blocks, CoordinateWorker<T> worker, IReadOnlyList<T[]> originals, Random random, ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        var step = T.CreateTruncating(context.Settings.Epsilon);
        var kinks = new DirectionalKinkProbe<T>(worker.Objective, center);
        var noiseLimited = new NoiseLimitedDirections<T>(context, worker.Objective, center);
        var estimates = new DirectionalEstimate[blocks.Count][];
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            estimates[index] = new DirectionalEstimate[IsCheckedByCoordinates(block) ? 0 : CheckModes.FastDirectionsPerBlock];
            for (var direction = 0; direction < estimates[index].Length; direction++)
            {
                var line = new BlockLine<T, CompactDirection>(worker.Live[index], originals[index], CompactDirection.Draw(random, block.Length));
                worker.Objective.Activity = $"while comparing directional derivatives of {block.Name}";
                var estimate = noiseLimited.Resolve(block, line, step, DirectionalDifference.Estimate(line, step, block.Analytic, context.Precision, worker.Objective));
                if (estimate.Step is null && IsLocatedOnSample(block) && DirectionalJudge.DisagreesBeyondThreshold(context, block, [estimate]))
                {
                    worker.Objective.Activity = $"while probing the directional derivatives of {block.Name} for kinks (half steps)";
                    estimate = ExamineForKink(context, block, line, step, estimate, kinks, worker.Objective);
                }

                estimates[index][direction] = estimate;
            }
        }

        return estimates;
    }

    /// <summary>
    /// A disagreeing direction examined for a kink crossed along it. A kink near the point but not at it (a ReLU unit
    /// whose input is small, of which a network of thousands of units has some) is crossed by the full move and not by
    /// one <see cref="CheckModes.KinkRetreat"/> times shorter: when the shorter move agrees, its estimate stands instead,
    /// and only a kink at the point itself is left to make the block inconclusive.
    /// </summary>
    private static DirectionalEstimate ExamineForKink<T, TDirection>(
        CheckContext context, GradientBlock block, BlockLine<T, TDirection> line, T step, DirectionalEstimate estimate, DirectionalKinkProbe<T> kinks, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
        where TDirection : struct, IDirection
    {
        var examined = kinks.Examine(line, step, estimate);
        if (examined.Kink is null)
        {
            return examined;
        }

        var shorter = DirectionalDifference.Estimate(line, step / T.CreateTruncating(CheckModes.KinkRetreat), block.Analytic, context.Precision, objective);
        return DirectionalJudge.DisagreesBeyondThreshold(context, block, [shorter]) ? examined : shorter;
    }

    /// <summary>
    /// Locates the coordinates that carry an error the directions of a large block proved and its sample missed
    /// (<see cref="MismatchBisection{T}"/>), at the largest step its directions were measured at, and checks them one by one
    /// at the step its sample was (<see cref="NumericGradient"/>); those at a kink are left out. The block lists its sample
    /// again afterwards, whose figures its result already holds.
    /// </summary>
    private static List<LocatedCoordinate> Locate<T>(
        CheckContext context,
        IReadOnlyList<GradientBlock> blocks,
        int index,
        IReadOnlyList<CoordinateWorker<T>> workers,
        IReadOnlyList<T[]> originals,
        IReadOnlyList<DirectionalEstimate> estimates,
        Random random,
        ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        var block = blocks[index];
        var step = T.CreateTruncating(estimates.Max(estimate => estimate.Step ?? context.Settings.Epsilon));
        var located = new MismatchBisection<T>(context, workers[0].Objective, center).Locate(block, workers[0].Live[index], originals[index], step, random.Next());
        if (located.Count == 0)
        {
            return [];
        }

        var (sample, sampleKinks, vanished) = (block.Coordinates, block.Kinks.Count, block.VanishedSteps);
        block.Coordinates = located.Order().ToArray();
        NumericGradient.Estimate(context, [block], workers.Select(worker => worker.Select([index])).ToList(), center);
        var kinks = block.Kinks.Skip(sampleKinks).Select(kink => kink.Coordinate).ToHashSet();
        var checkedOne = located
            .Where(coordinate => !kinks.Contains(coordinate) && double.IsFinite(block.NoiseFloor[coordinate]))
            .Select(coordinate => new LocatedCoordinate(ComparisonJudge.ToCoordinate(block, coordinate, context.Settings.Delta), block.NoiseFloor[coordinate]))
            .ToList();
        block.Kinks.RemoveRange(sampleKinks, block.Kinks.Count - sampleKinks);
        (block.Coordinates, block.VanishedSteps) = (sample, vanished);
        return checkedOne;
    }

    /// <summary>Whether fast mode locates a disagreement of this block on a sample of its coordinates rather than on all of them.</summary>
    private static bool IsLocatedOnSample(GradientBlock block) => block.Length > CheckModes.FullModeCoordinateLimit;

    /// <summary>
    /// A block of no more coordinates than fast mode has directions costs no more to check coordinate by coordinate than
    /// along them, and would cost twice if a direction disagreed: fast mode checks it by coordinates at once, so that it
    /// never spends more evaluations on a small block than full mode.
    /// </summary>
    private static bool IsCheckedByCoordinates(GradientBlock block) => block.Length <= CheckModes.FastDirectionsPerBlock;

    /// <summary>
    /// Estimates and judges the blocks coordinate by coordinate, the coordinates each lists, at a larger step for the blocks
    /// whose figures the loss's rounding decides (<see cref="NoiseLimitedCoordinates"/>).
    /// </summary>
    private static ComparisonSummary CompareCoordinates<T>(
        CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> health, IReadOnlyList<CoordinateWorker<T>> workers, string perturbed, ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        NumericGradient.Estimate(context, blocks, workers, center);
        NoiseLimitedCoordinates.Resolve(context, blocks, workers, center);
        return ComparisonJudge.Judge(context, blocks, health, perturbed);
    }
}
