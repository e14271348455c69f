namespace GradGate.Engine.Judging;

/// <summary>
/// The figures of one block whose analytic and numeric values are all finite, over the coordinates it lists,
/// leaving out its inconclusive ones (a kink crossed by the step).
/// </summary>
internal sealed class BlockFigures
{
    private BlockFigures(
        double analyticNorm, double numericNorm, double differenceNorm, double noiseFloor, double relativeError, double maxElementRelativeError, int[] worst, int wrongBeyondNoise)
    {
        WrongBeyondNoise = wrongBeyondNoise;
        AnalyticNorm = analyticNorm;
        NumericNorm = numericNorm;
        DifferenceNorm = differenceNorm;
        NoiseFloor = noiseFloor;
        RelativeError = relativeError;
        MaxElementRelativeError = maxElementRelativeError;
        Worst = worst;
    }

    public double AnalyticNorm { get; }

    public double NumericNorm { get; }

    /// <summary><c>||g - g_num||</c>.</summary>
    public double DifferenceNorm { get; }

    /// <summary>The Euclidean norm of the per-coordinate noise floors: how large <see cref="DifferenceNorm"/> may be from rounding alone.</summary>
    public double NoiseFloor { get; }

    /// <summary><c>||g - g_num|| / (||g|| + ||g_num|| + delta)</c>.</summary>
    public double RelativeError { get; }

    /// <summary>
    /// The largest <c>|a - n| / (|a| + |n| + delta)</c>, leaving out coordinates whose difference is rounding
    /// noise the check can ignore: within their own noise floor, with that floor negligible beside the whole
    /// gradient (the rule of <see cref="ComparisonJudge"/>, coordinate by coordinate). A coordinate whose true
    /// derivative is zero has a relative error near 1 from rounding alone; counting it would make this
    /// figure useless for every correct target.
    /// </summary>
    public double MaxElementRelativeError { get; }

    /// <summary>
    /// Flat indices of the coordinates with the largest absolute error, worst first, among those
    /// <see cref="MaxElementRelativeError"/> counts: a coordinate whose difference is negligible rounding is in neither, so
    /// the list never shows an error larger than the figure beside it.
    /// </summary>
    public int[] Worst { get; }

    /// <summary>
    /// How many coordinates differ by more than their own noise floor and by more than the error threshold (element-wise):
    /// each proves an error by itself, however large the floors of the others that make the block as a whole within its
    /// floor.
    /// </summary>
    public int WrongBeyondNoise { get; }

    /// <param name="negligibleNoise">A noise floor at or below this is negligible beside the whole gradient.</param>
    public static BlockFigures Measure(GradientBlock block, double delta, int worstCount, double negligibleNoise, double errorThreshold)
    {
        double analyticSquares = 0, numericSquares = 0, differenceSquares = 0, noiseSquares = 0, maxElement = 0;
        var wrongBeyondNoise = 0;
        var worst = new WorstCoordinates(worstCount);
        var inconclusive = block.Kinks.Select(kink => kink.Coordinate).ToHashSet();
        foreach (var index in block.Coordinates)
        {
            if (inconclusive.Contains(index))
            {
                continue;
            }

            var analytic = block.Analytic[index];
            var numeric = block.Numeric[index];
            var difference = Math.Abs(analytic - numeric);
            analyticSquares += analytic * analytic;
            numericSquares += numeric * numeric;
            differenceSquares += difference * difference;
            var noise = block.NoiseFloor[index];
            noiseSquares += noise * noise;
            var element = difference / (Math.Abs(analytic) + Math.Abs(numeric) + delta);
            if (difference > noise || noise > negligibleNoise)
            {
                maxElement = Math.Max(maxElement, element);
                worst.Offer(index, difference);
            }

            wrongBeyondNoise += difference > noise && element > errorThreshold ? 1 : 0;
        }

        var analyticNorm = Math.Sqrt(analyticSquares);
        var numericNorm = Math.Sqrt(numericSquares);
        var differenceNorm = Math.Sqrt(differenceSquares);
        return new BlockFigures(
            analyticNorm,
            numericNorm,
            differenceNorm,
            Math.Sqrt(noiseSquares),
            differenceNorm / (analyticNorm + numericNorm + delta),
            maxElement,
            worst.WorstFirst(),
            wrongBeyondNoise);
    }
}
