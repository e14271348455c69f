using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;

namespace GradGate.Engine.Checks;

/// <summary>
/// Estimates again, at a larger step, the blocks whose central differences the loss's rounding decides: a block whose
/// difference from the analytic gradient would fail or warn, is within its noise floor (rounding explains it) and whose
/// floor is not negligible beside the gradient (rounding could hide an error as large). At the setting's step such a
/// block says nothing either way; the floor falls as one over the step, so the step is enlarged until the block's floor,
/// tripled by Richardson extrapolation, is a half of what is negligible (<see cref="NoiseAdaptedStep"/>), and the block's
/// coordinates are estimated there, extrapolated at half that step where they would fail, as at any step.
/// </summary>
/// <remarks>
/// A coordinate of a bias beside a loss of ten million squares is the case: the loss, about 5e6, rounds by about 1e-9
/// whichever bias moves, which is 5e-4 of a derivative of one at a step of 1e-6 and 2e-7 of it at 2.2e-3. The floor is
/// the element type's bound, as at the setting's step, so a block that still is within it is not called wrong
/// (<see cref="ComparisonJudge"/> says it cannot be judged); only GradGate's own step is enlarged
/// (<see cref="CheckContext.AdaptsStep"/>), never beyond <see cref="NoiseAdaptedStep.Largest"/>.
/// </remarks>
internal static class NoiseLimitedCoordinates
{
    /// <summary>How far below what is negligible the enlarged step aims the block's floor: half of it, after extrapolation triples it.</summary>
    private const double FloorReduction = 6;

    /// <summary>How many times a block may be enlarged again when its new figures still are the rounding's (the floor is a bound, not a prediction).</summary>
    private const int Rounds = 2;

    public static void Resolve<T>(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<CoordinateWorker<T>> workers, ValueAtPoint center)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (!context.AdaptsStep)
        {
            return;
        }

        for (var round = 0; round < Rounds; round++)
        {
            var enlarged = Enlarge(context, blocks);
            if (enlarged.Count == 0)
            {
                return;
            }

            var before = enlarged.Select(index => Estimates.Of(blocks[index])).ToList();
            NumericGradient.Estimate(context, enlarged.Select(index => blocks[index]).ToList(), workers.Select(worker => worker.Select(enlarged)).ToList(), center);
            for (var position = 0; position < enlarged.Count; position++)
            {
                KeepConsistent(context, blocks[enlarged[position]], before[position]);
            }
        }
    }

    /// <summary>
    /// Gives a block located on a sample, whose directional derivatives the loss's rounding was measured to decide, the step
    /// its sample will need before it is estimated at all, rather than after a first estimate at the setting's step: the
    /// floor <c>k eps_mach 2|L| / h_i</c> of each coordinate is known beforehand, and the gradient it must be negligible
    /// beside is about <c>2 ||g||</c> over the sample. Saves two evaluations per sampled coordinate.
    /// </summary>
    public static void Anticipate(CheckContext context, GradientBlock block, ValueAtPoint center, Func<int, double> value)
    {
        if (!context.AdaptsStep || !block.LossNoiseMeasured)
        {
            return;
        }

        var settings = context.Settings;
        var floorSquares = 0.0;
        var analyticSquares = 0.0;
        foreach (var coordinate in block.Coordinates)
        {
            var floor = context.Precision.RoundingPerUnit * 2 * Math.Abs(center.Value) / (2 * settings.Epsilon * RelativeStep.Scale(value(coordinate)));
            floorSquares += floor * floor;
            analyticSquares += block.Analytic[coordinate] * block.Analytic[coordinate];
        }

        var negligible = settings.ErrorThreshold * ((2 * Math.Sqrt(analyticSquares)) + settings.Delta);
        var needed = NoiseAdaptedStep.Needed(settings.Epsilon, FloorReduction * Math.Sqrt(floorSquares), negligible);
        block.AdaptedStep = needed > settings.Epsilon ? Math.Min(needed, NoiseAdaptedStep.Largest(settings)) : null;
    }

    /// <summary>
    /// Puts back the estimate at the smaller step of every coordinate whose numeric value moved by more than both steps'
    /// floors allow (and the warning threshold's share of it): the analytic value is the same at any step and the rounding
    /// only shrinks, so such a move is the larger step's own, a kink it crosses that the five values there do not show as
    /// one. The coordinate is then as undecided as before, and its block is judged on that.
    /// </summary>
    private static void KeepConsistent(CheckContext context, GradientBlock block, Estimates before)
    {
        var kinks = block.Kinks.Select(kink => kink.Coordinate).ToHashSet();
        for (var slot = 0; slot < before.Coordinates.Length; slot++)
        {
            var coordinate = before.Coordinates[slot];
            var numeric = block.Numeric[coordinate];
            var allowed = before.NoiseFloor[slot] + block.NoiseFloor[coordinate]
                + (context.Settings.WarningThreshold * (Math.Abs(block.Analytic[coordinate]) + Math.Abs(numeric) + context.Settings.Delta));
            if (!kinks.Contains(coordinate) && !(Math.Abs(numeric - before.Numeric[slot]) <= allowed))
            {
                (block.Numeric[coordinate], block.NoiseFloor[coordinate], block.OuterMean[coordinate]) = (before.Numeric[slot], before.NoiseFloor[slot], before.OuterMean[slot]);
            }
        }
    }

    /// <summary>Gives every block the rounding decides a larger step; returns their indices.</summary>
    private static List<int> Enlarge(CheckContext context, IReadOnlyList<GradientBlock> blocks)
    {
        var settings = context.Settings;
        var largest = NoiseAdaptedStep.Largest(settings);
        var negligible = ComparisonJudge.NegligibleNoise(context, blocks);
        var enlarged = new List<int>();
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var step = block.AdaptedStep ?? settings.Epsilon;
            if (!ComparisonJudge.IsMeasurable(block) || step >= largest)
            {
                continue;
            }

            var figures = BlockFigures.Measure(block, settings.Delta, 0, negligible, settings.ErrorThreshold);
            if (Verdicts.ForRelativeError(figures.RelativeError, settings) != Results.Verdict.Passed
                && figures.DifferenceNorm <= figures.NoiseFloor
                && figures.WrongBeyondNoise == 0
                && figures.NoiseFloor > negligible)
            {
                block.AdaptedStep = Math.Min(NoiseAdaptedStep.Needed(step, FloorReduction * figures.NoiseFloor, negligible), largest);
                block.Kinks.Clear();
                enlarged.Add(index);
            }
        }

        return enlarged;
    }

    /// <summary>A block's estimates of its listed coordinates at one step, kept while it is estimated at another.</summary>
    private sealed record Estimates(int[] Coordinates, double[] Numeric, double[] NoiseFloor, double[] OuterMean)
    {
        public static Estimates Of(GradientBlock block)
        {
            var coordinates = block.Coordinates;
            return new Estimates(
                coordinates,
                Array.ConvertAll(coordinates, coordinate => block.Numeric[coordinate]),
                Array.ConvertAll(coordinates, coordinate => block.NoiseFloor[coordinate]),
                Array.ConvertAll(coordinates, coordinate => block.OuterMean[coordinate]));
        }
    }
}
