using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Judging;
using GradGate.Engine.Numerics;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Exact;

/// <summary>
/// Judges each block's analytic gradient against the exact derivatives of <see cref="ExactReference{T}"/> at the tolerance of
/// <see cref="ExactTolerance"/>: every coordinate (full), a seeded sample of them (sampled), or two seeded directions first,
/// checking a block that disagrees, or has no more coordinates than directions, coordinate by coordinate, on a sample of
/// <see cref="CheckModes.SampledCoordinatesPerBlock"/> when it has more than <see cref="CheckModes.FullModeCoordinateLimit"/> (fast).
/// A coordinate beyond its tolerance fails the block (GG0001); one where the loss is not differentiable is left out (GG0008).
/// </summary>
internal static class ExactComparison
{
    private const int WorstCoordinateCount = 5;
    private const int WorstInMessage = 3;

    public static void Compare<T>(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> health, ExactReference<T> reference)
        where T : struct, IFloatingPointIeee754<T>
    {
        var random = new Random(context.Settings.Seed);
        double analyticSquares = 0, exactSquares = 0, differenceSquares = 0, maxElement = 0;
        var complete = true;
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var disagreement = (string?)null;
            if (context.Mode == GradCheckMode.Fast && block.Length > CheckModes.FastDirectionsPerBlock)
            {
                (disagreement, var directionalError) = Directions(context, block, index, reference, random);
                if (disagreement is null)
                {
                    context.Blocks.Add(PassedAlongDirections(block, health[index], directionalError));
                    continue;
                }
            }

            if (context.Mode == GradCheckMode.Sampled || (context.Mode == GradCheckMode.Fast && block.Length > CheckModes.FullModeCoordinateLimit))
            {
                block.Coordinates = RandomSelection.Coordinates(random, block.Length, CheckModes.SampledCoordinatesPerBlock);
            }

            if (Coordinates(context, block, index, reference) is not { } figures)
            {
                complete = false;
                context.Blocks.Add(ToResult(context, block, null, Verdict.Failed));
                continue;
            }

            var verdict = Verdicts.Worse(health[index], Judge(context, block, figures, disagreement));
            verdict = Verdicts.Worse(verdict, ReportKinks(context, block));
            context.Blocks.Add(ToResult(context, block, figures, verdict));
            (analyticSquares, exactSquares) = (analyticSquares + Square(figures.AnalyticNorm), exactSquares + Square(figures.NumericNorm));
            differenceSquares += Square(figures.DifferenceNorm);
            maxElement = Math.Max(maxElement, figures.MaxElementRelativeError);
        }

        if (complete && context.Blocks.Any(result => result.JudgedBy == BlockJudgements.Coordinates))
        {
            context.RelativeError = Math.Sqrt(differenceSquares) / (Math.Sqrt(analyticSquares) + Math.Sqrt(exactSquares) + context.Settings.Delta);
            context.MaxElementRelativeError = maxElement;
        }
        else if (complete)
        {
            context.RelativeError = context.Blocks.Max(result => result.RelativeError);
        }
    }

    /// <returns>
    /// Null when the analytic derivative agrees with the exact one along every direction, else what disagreed, for the message;
    /// and the relative error over the directions.
    /// </returns>
    private static (string? Disagreement, double RelativeError) Directions<T>(CheckContext context, GradientBlock block, int index, ExactReference<T> reference, Random random)
        where T : struct, IFloatingPointIeee754<T>
    {
        double differenceSquares = 0, analyticSquares = 0, exactSquares = 0;
        for (var draw = 1; draw <= CheckModes.FastDirectionsPerBlock; draw++)
        {
            var direction = CompactDirection.Draw(random, block.Length);
            var exact = reference.Along(index, direction, $"with dual numbers along a seeded direction of {block.Name}");
            var analytic = CompensatedDot.Of(block.Analytic, Enumerable.Range(0, block.Length).Select(direction.Component).ToArray());
            var tolerance = ExactTolerance.Of(context.Precision, exact, Math.Abs(exact.Value));
            if (!exact.Kink && Math.Abs(analytic - exact.Value) > tolerance)
            {
                return ($"along a seeded direction the analytic derivative is {Numbers.Exact(analytic)} and the exact one {Numbers.Exact(exact.Value)}", double.NaN);
            }

            (differenceSquares, analyticSquares, exactSquares) = (
                differenceSquares + Square(analytic - exact.Value), analyticSquares + Square(analytic), exactSquares + Square(exact.Value));
        }

        return (null, Math.Sqrt(differenceSquares) / (Math.Sqrt(analyticSquares) + Math.Sqrt(exactSquares) + context.Settings.Delta));
    }

    /// <summary>The exact derivative at every coordinate the block lists, its tolerance as the noise floor; null when one is not finite.</summary>
    private static BlockFigures? Coordinates<T>(CheckContext context, GradientBlock block, int index, ExactReference<T> reference)
        where T : struct, IFloatingPointIeee754<T>
    {
        var derivatives = block.Coordinates.Select(coordinate => reference.AtCoordinate(index, coordinate, block.Naming.Label(coordinate))).ToArray();
        var nonFinite = Array.FindIndex(derivatives, derivative => !double.IsFinite(derivative.Value));
        if (nonFinite >= 0)
        {
            context.Findings.Add(
                DiagnosticCodes.NonFinite,
                Severity.Error,
                $"The exact derivative of the generic loss is not finite at {block.Naming.Label(block.Coordinates[nonFinite])}: the loss's derivative "
                    + "overflows or divides by zero at this point (the square root or log of zero, a power of zero). Check at a point where the loss is "
                    + "differentiable, or rewrite the loss so that its derivative is finite there.",
                block.Name);
            return null;
        }

        var maximum = derivatives.Where(derivative => !derivative.Kink).Select(derivative => Math.Abs(derivative.Value)).DefaultIfEmpty(0).Max();
        for (var slot = 0; slot < derivatives.Length; slot++)
        {
            var coordinate = block.Coordinates[slot];
            block.Numeric[coordinate] = derivatives[slot].Value;
            block.NoiseFloor[coordinate] = ExactTolerance.Of(context.Precision, derivatives[slot], maximum);
            if (derivatives[slot].Kink)
            {
                block.Kinks.Add(new Kink(coordinate, double.NaN, double.NaN, 0));
            }
        }

        return BlockFigures.Measure(block, context.Settings.Delta, WorstCoordinateCount, double.PositiveInfinity, 0);
    }

    private static Verdict Judge(CheckContext context, GradientBlock block, BlockFigures figures, string? disagreement)
    {
        if (figures.WrongBeyondNoise == 0 && disagreement is null)
        {
            return Verdict.Passed;
        }

        var judged = block.Coordinates.Length - block.Kinks.Count;
        var worst = string.Join(", ", figures.Worst.Take(WorstInMessage).Select(index =>
            $"{block.Naming.Label(index)} analytic {Numbers.Exact(block.Analytic[index])} vs exact {Numbers.Exact(block.Numeric[index])} "
                + $"(rounding allows {Numbers.Figure(block.NoiseFloor[index])})"));
        var where = figures.WrongBeyondNoise > 0
            ? $"at {figures.WrongBeyondNoise} of {Numbers.Count(judged, "coordinate")} checked; worst coordinates: {worst}"
            : $"{disagreement}, and the {Numbers.Count(judged, "coordinate")} sampled do not show where";
        context.Findings.Add(
            DiagnosticCodes.GradientMismatch,
            Severity.Error,
            $"{block.Subject} is wrong: it differs from the exact derivative of the generic loss (dual numbers, no finite differences) by more than "
                + $"{context.Precision.DType} rounding allows, {where}. Relative error {Numbers.Figure(figures.RelativeError)}: too small for finite differences "
                + $"to resolve when it is below 1e-7, yet no rounding explains it. Check {block.Producer}.",
            block.Name,
            figures.RelativeError);
        return Verdict.Failed;
    }

    private static Verdict ReportKinks(CheckContext context, GradientBlock block)
    {
        if (block.Kinks.Count == 0)
        {
            return Verdict.Passed;
        }

        var labels = string.Join(", ", block.Kinks.Take(WorstInMessage).Select(kink => block.Naming.Label(kink.Coordinate))) + (block.Kinks.Count > WorstInMessage ? ", ..." : "");
        context.Findings.Add(
            DiagnosticCodes.Inconclusive,
            Severity.Warning,
            $"{block.Subject} is inconclusive at {block.Kinks.Count} of {Numbers.Count(block.Coordinates.Length, "coordinate")} checked ({labels}): the generic "
                + "loss is not differentiable at the check's point along them (it compares or takes the max, min or abs of equal values whose derivatives "
                + $"differ). These coordinates were left out; the other {block.Coordinates.Length - block.Kinks.Count} were judged. Nothing to do if a kink is "
                + "expected there (ReLU at zero, max, abs); to judge these coordinates too, check at a point away from it.",
            block.Name,
            block.Kinks.Count);
        return Verdict.Warning;
    }

    private static BlockResult PassedAlongDirections(GradientBlock block, Verdict health, double relativeError) => new()
    {
        Name = block.Name,
        Shape = block.Shape,
        Length = block.Length,
        RelativeError = relativeError,
        AnalyticNorm = block.AnalyticNorm,
        JudgedBy = BlockJudgements.Directions,
        Verdict = Verdicts.Worse(health, Verdict.Passed),
    };

    private static BlockResult ToResult(CheckContext context, GradientBlock block, BlockFigures? figures, Verdict verdict) => new()
    {
        Name = block.Name,
        Shape = block.Shape,
        Length = block.Length,
        RelativeError = figures?.RelativeError,
        MaxElementRelativeError = figures?.MaxElementRelativeError,
        AnalyticNorm = figures?.AnalyticNorm ?? block.AnalyticNorm,
        NumericNorm = figures?.NumericNorm,
        CoordinatesChecked = block.Coordinates.Length - block.Kinks.Count,
        CoordinatesInconclusive = block.Kinks.Count,
        Verdict = verdict,
        Worst = figures?.Worst.Select(index => ComparisonJudge.ToCoordinate(block, index, context.Settings.Delta)).ToList() ?? [],
    };

    private static double Square(double value) => value * value;
}
