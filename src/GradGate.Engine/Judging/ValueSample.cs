using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// A bounded sample of a block's checked coordinates for the reports' scatter plot: the worst ones first, then an even spread
/// over the rest in flat order, at most <see cref="BlockResult.MaxSample"/>, so a block of a hundred million parameters
/// costs the report no more than one of a hundred.
/// </summary>
internal static class ValueSample
{
    /// <summary>
    /// Keeps the samples of at most <see cref="BlockResult.MaxSampledBlocks"/> blocks of a check, the failed and warned ones
    /// first, then the others in order, so a model of hundreds of parameter tensors carries a bounded sample too.
    /// </summary>
    public static List<BlockResult> KeepWorstBlocks(List<BlockResult> blocks)
    {
        var kept = blocks.Where(block => block.Sample.Count > 0)
            .Select((block, order) => (block, order))
            .OrderBy(pair => pair.block.Verdict is Verdict.Failed or Verdict.Error ? 0 : pair.block.Verdict == Verdict.Warning ? 1 : 2)
            .ThenBy(pair => pair.order)
            .Take(BlockResult.MaxSampledBlocks)
            .Select(pair => pair.block)
            .ToHashSet();
        foreach (var block in blocks.Where(block => !kept.Contains(block)))
        {
            block.Sample = [];
        }

        return blocks;
    }

    public static List<SampledValue> Take(GradientBlock block, IReadOnlyList<int> worst)
    {
        var inconclusive = block.Kinks.Select(kink => kink.Coordinate).ToHashSet();
        var chosen = new List<int>(BlockResult.MaxSample);
        var seen = new HashSet<int>();
        foreach (var index in worst.Take(BlockResult.MaxSample))
        {
            if (seen.Add(index))
            {
                chosen.Add(index);
            }
        }

        var coordinates = block.Coordinates;
        var room = BlockResult.MaxSample - chosen.Count;
        if (room > 0 && coordinates.Length > 0)
        {
            // Evenly spaced positions over the checked coordinates, then the first ones not yet taken where a position fell
            // on a worst coordinate or an inconclusive one.
            var stride = Math.Max(1.0, coordinates.Length / (double)room);
            for (var position = 0.0; position < coordinates.Length && chosen.Count < BlockResult.MaxSample; position += stride)
            {
                Offer(coordinates[(int)position]);
            }

            for (var position = 0; position < coordinates.Length && chosen.Count < BlockResult.MaxSample; position++)
            {
                Offer(coordinates[position]);
            }
        }

        void Offer(int index)
        {
            if (!inconclusive.Contains(index) && seen.Add(index))
            {
                chosen.Add(index);
            }
        }

        return chosen
            .Where(index => double.IsFinite(block.Analytic[index]) && double.IsFinite(block.Numeric[index]))
            .Select(index => new SampledValue { FlatIndex = index, Analytic = block.Analytic[index], Numeric = block.Numeric[index] })
            .ToList();
    }
}
