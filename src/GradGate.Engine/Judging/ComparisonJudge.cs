using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Compares analytic with numeric gradients, block by block, against the thresholds; records each block's
/// figures and a finding for every block that is off.
/// </summary>
internal static class ComparisonJudge
{
    private const int WorstCoordinateCount = 5;
    private const int WorstCoordinatesInMessage = 3;

    /// <summary>Judges a group of blocks that share one scale (a loss's parameters, an operator's inputs, or its Jacobian).</summary>
    /// <param name="healthVerdicts">Each block's verdict from <see cref="HealthJudge"/>, which has already reported non-finite analytic values.</param>
    /// <param name="perturbed">What was evaluated at the perturbed points, for messages: <c>loss</c>, <c>output</c>.</param>
    /// <remarks>
    /// The noise-floor rule: a block above the warning threshold still passes (and a message says so) when
    /// its difference <c>||g - g_num||</c> is within its noise floor, so rounding alone explains it, and that
    /// floor is negligible beside the whole group's gradient, at most the error threshold times
    /// <c>||g|| + ||g_num||</c> over the group, so that noise cannot hide a mistake that matters. This keeps a
    /// block whose true gradient is about zero from failing on 1e-10 of rounding noise, yet a check run with a
    /// step the element type cannot resolve (a float32 target at a float64 step) is not excused wholesale: its
    /// floor is large beside every gradient, and the mismatch is reported with an explanation (GG0015). A block with a
    /// coordinate beyond its own floor and the error threshold is not within the noise, whatever its other coordinates'
    /// floors (<see cref="BlockFigures.WrongBeyondNoise"/>). When GradGate chose
    /// the step, a block within a floor that is not negligible has already been estimated again at a larger step
    /// (<see cref="Checks.NoiseLimitedCoordinates"/>); one still within it is neither passed nor failed but reported as
    /// beyond the type's precision (GG0015, a warning), never as a mismatch beside a note that it may be rounding.
    /// </remarks>
    public static ComparisonSummary Judge(CheckContext context, IReadOnlyList<GradientBlock> blocks, IReadOnlyList<Verdict> healthVerdicts, string perturbed)
    {
        var delta = context.Settings.Delta;
        var measurable = blocks.Where(IsMeasurable).ToList();
        var negligibleNoise = NegligibleNoise(context, blocks);
        var figures = new BlockFigures?[blocks.Count];
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (!AllFiniteNumeric(block))
            {
                ReportNonFiniteNumeric(context, block, perturbed);
            }
            else if (measurable.Contains(block))
            {
                figures[index] = BlockFigures.Measure(block, delta, WorstCoordinateCount, negligibleNoise, context.Settings.ErrorThreshold);
            }
        }

        var measured = figures.OfType<BlockFigures>().ToList();

        var patterns = FindPatterns(context, blocks, figures, perturbed);
        var mismatchesWithinNoise = new List<string>();
        for (var index = 0; index < blocks.Count; index++)
        {
            var verdict = figures[index] is { } figure
                ? JudgeFigures(context, blocks[index], figure, patterns[index], negligibleNoise, mismatchesWithinNoise, perturbed)
                : Verdict.Failed;
            var pattern = figures[index] is not null && verdict == Verdict.Failed ? patterns[index] : null;
            verdict = Verdicts.Worse(verdict, KinkFindings.Report(context, blocks[index], perturbed));
            var result = ToResult(blocks[index], figures[index], Verdicts.Worse(healthVerdicts[index], verdict), delta);
            result.Pattern = pattern;
            context.Blocks.Add(result);
        }

        var allMeasured = measured.Count == blocks.Count;
        return new ComparisonSummary(
            allMeasured ? new GroupNorms(
                Norm(measured.Select(figure => figure.AnalyticNorm)),
                Norm(measured.Select(figure => figure.NumericNorm)),
                Norm(measured.Select(figure => figure.DifferenceNorm))) : null,
            allMeasured ? measured.Max(figure => figure.MaxElementRelativeError) : null,
            mismatchesWithinNoise,
            blocks.Sum(block => block.VanishedSteps));
    }

    /// <summary>
    /// A noise floor at or below this is negligible beside the group's gradients: the error threshold times
    /// <c>||g|| + ||g_num|| + delta</c> over the coordinates of every block whose values are all finite.
    /// </summary>
    public static double NegligibleNoise(CheckContext context, IReadOnlyList<GradientBlock> blocks)
    {
        var measurable = blocks.Where(IsMeasurable).ToList();
        return context.Settings.ErrorThreshold
            * (Norm(measurable, (block, index) => block.Analytic[index]) + Norm(measurable, (block, index) => block.Numeric[index]) + context.Settings.Delta);
    }

    /// <summary>Whether every analytic value of the block and every numeric value it lists are finite, so that it has figures.</summary>
    public static bool IsMeasurable(GradientBlock block) => AllFinite(block.Analytic) && AllFiniteNumeric(block);

    /// <summary>
    /// The pattern of each block whose relative error fails it (null for the others), and, for a loss whose blocks are all
    /// off by one factor, the pattern that says the error is upstream of them all.
    /// </summary>
    private static MismatchPattern?[] FindPatterns(CheckContext context, IReadOnlyList<GradientBlock> blocks, BlockFigures?[] figures, string perturbed)
    {
        var settings = context.Settings;
        var patterns = blocks
            .Select((block, index) => figures[index] is { } figure && Verdicts.ForRelativeError(figure.RelativeError, settings) == Verdict.Failed
                ? MismatchPatterns.Find(block, settings.ErrorThreshold, settings.Delta)
                : null)
            .ToArray();
        if (perturbed == "loss")
        {
            MismatchPatterns.RecogniseUpstream(patterns);
        }

        return patterns;
    }

    private static Verdict JudgeFigures(
        CheckContext context, GradientBlock block, BlockFigures figures, MismatchPattern? pattern, double negligibleNoise, List<string> mismatchesWithinNoise, string perturbed)
    {
        var settings = context.Settings;
        var verdict = Verdicts.ForRelativeError(figures.RelativeError, settings);
        if (verdict == Verdict.Passed)
        {
            return verdict;
        }

        var withinNoise = figures.DifferenceNorm <= figures.NoiseFloor && figures.WrongBeyondNoise == 0;
        if (withinNoise && figures.NoiseFloor <= negligibleNoise)
        {
            context.Findings.Add(
                DiagnosticCodes.PrecisionLimit,
                Severity.Message,
                $"{block.Subject} passes within the noise floor: its relative error {Numbers.Figure(figures.RelativeError)} is above the "
                    + $"warning threshold {Numbers.Setting(settings.WarningThreshold)}, but the difference ||g - g_num|| = "
                    + $"{Numbers.Figure(figures.DifferenceNorm)} is within the rounding noise of the central differences "
                    + $"({Numbers.Figure(figures.NoiseFloor)} at step {StepOf(context, block)}) and negligible beside the whole gradient. "
                    + $"Nothing to do; to measure {block.Name} more precisely, check it at a point where its gradient is larger.",
                block.Name,
                figures.RelativeError);
            return Verdict.Passed;
        }

        if (withinNoise && context.AdaptsStep)
        {
            ReportBeyondPrecision(context, block, figures, perturbed);
            return Verdict.Warning;
        }

        if (withinNoise)
        {
            mismatchesWithinNoise.Add(block.Name);
        }

        var worst = figures.Worst.Length == 0 ? "none beyond its rounding noise" : string.Join(", ", figures.Worst.Take(WorstCoordinatesInMessage).Select(index =>
            $"{block.Naming.Label(index)} {Numbers.Versus(block.Analytic[index], block.Numeric[index], settings.ErrorThreshold)}"));
        var message = verdict == Verdict.Failed
            ? $"{block.Subject} is wrong: relative error {Numbers.Figure(figures.RelativeError)} exceeds the error threshold "
                + $"{Numbers.Setting(settings.ErrorThreshold)}. Worst coordinates: {worst}. {(pattern is null ? "" : pattern.Description + " ")}Check {block.Producer}."
            : $"{block.Subject} is slightly off: relative error {Numbers.Figure(figures.RelativeError)} is above the warning threshold "
                + $"{Numbers.Setting(settings.WarningThreshold)} (error threshold {Numbers.Setting(settings.ErrorThreshold)}). Worst coordinates: "
                + $"{worst}. Check {block.Producer} for a small missing term; if it is right, the step {StepOf(context, block)} "
                + "may be too large for the curvature here: set a smaller Epsilon.";
        context.Findings.Add(
            verdict == Verdict.Failed ? DiagnosticCodes.GradientMismatch : DiagnosticCodes.GradientMismatchWarning,
            verdict == Verdict.Failed ? Severity.Error : Severity.Warning,
            message,
            block.Name,
            figures.RelativeError);
        return verdict;
    }

    /// <summary>
    /// A block whose difference is within its noise floor, a floor not negligible beside the gradient even at the step
    /// GradGate enlarged it to (<see cref="Checks.NoiseLimitedCoordinates"/>; a Jacobian's entries are not enlarged): rounding
    /// explains the difference and could hide an error as large, so the block is neither passed nor failed but said to be
    /// beyond the type's precision (GG0015). With a step the user set, the former report stands: the mismatch, and a
    /// precision note that names the settings to change (<see cref="PrecisionAdvisor"/>).
    /// </summary>
    private static void ReportBeyondPrecision(CheckContext context, GradientBlock block, BlockFigures figures, string perturbed)
    {
        var settings = context.Settings;
        var atLargest = (block.AdaptedStep ?? settings.Epsilon) >= Numerics.NoiseAdaptedStep.Largest(settings);
        context.Findings.Add(
            DiagnosticCodes.PrecisionLimit,
            Severity.Warning,
            $"{block.Subject} cannot be judged at {context.Precision.DType} precision: its relative error {Numbers.Figure(figures.RelativeError)} is above "
                + $"the warning threshold {Numbers.Setting(settings.WarningThreshold)}, but the difference ||g - g_num|| = {Numbers.Figure(figures.DifferenceNorm)} "
                + $"is within the rounding noise of the central differences ({Numbers.Figure(figures.NoiseFloor)} at step {StepOf(context, block)}"
                + (atLargest ? ", the largest GradGate takes" : "")
                + "), and that noise is not small beside the gradient, so it could hide an error as large. This is not "
                + $"evidence of a bug. To judge {block.Name}, check it where the {perturbed} is not so large beside its gradient (leave out terms "
                + $"that do not depend on {block.Name}, or check at a point where its gradient is larger), or compute the {perturbed} with less "
                + "rounding (a pairwise or compensated sum, double instead of float)" + (atLargest ? "." : ", or set a larger Epsilon."),
            block.Name,
            figures.RelativeError);
    }

    /// <summary>The step a block's coordinates were estimated at, and why when GradGate enlarged it.</summary>
    private static string StepOf(CheckContext context, GradientBlock block) => block.AdaptedStep is { } step
        ? $"{Numbers.Setting(step)}{KinkFindings.StepScaling}, enlarged from {Numbers.Setting(context.Settings.Epsilon)} for the rounding of the loss"
        : Numbers.Setting(context.Settings.Epsilon);

    private static void ReportNonFiniteNumeric(CheckContext context, GradientBlock block, string perturbed)
    {
        var count = block.Coordinates.Count(index => !double.IsFinite(block.Numeric[index]));
        var first = block.Coordinates.First(index => !double.IsFinite(block.Numeric[index]));
        context.Findings.Add(
            DiagnosticCodes.NonFinite,
            Severity.Error,
            $"The numeric gradient of {block.Name} is not finite at {count} of {block.Length} coordinates (first at {block.Naming.Label(first)}): "
                + $"the {perturbed} is NaN or infinite one step of {Numbers.Setting(context.Settings.Epsilon)} away from the check's point. "
                + "The step crosses a singularity (log of zero, division by zero) or the computation overflows there: "
                + "move the check's point away from it or set a smaller Epsilon.",
            block.Name,
            count);
    }

    private static BlockResult ToResult(GradientBlock block, BlockFigures? figures, Verdict verdict, double delta) => new()
    {
        Name = block.Name,
        Shape = block.Shape,
        Length = block.Length,
        RelativeError = figures?.RelativeError,
        MaxElementRelativeError = figures?.MaxElementRelativeError,
        AnalyticNorm = figures?.AnalyticNorm ?? double.NaN,
        NumericNorm = figures?.NumericNorm,
        CoordinatesChecked = block.Coordinates.Length - block.VanishedSteps - block.Kinks.Count,
        CoordinatesInconclusive = block.Kinks.Count,
        Verdict = verdict,
        Worst = figures?.Worst.Select(index => ToCoordinate(block, index, delta)).ToList() ?? [],
        Sample = figures is null ? [] : ValueSample.Take(block, figures.Worst),
    };

    /// <summary>A coordinate's figures as the result model reports them, from the block's analytic and numeric values.</summary>
    public static Coordinate ToCoordinate(GradientBlock block, int index, double delta)
    {
        var analytic = block.Analytic[index];
        var numeric = block.Numeric[index];
        var absoluteError = Math.Abs(analytic - numeric);
        return new Coordinate
        {
            FlatIndex = index,
            Index = block.Naming.Index(index),
            Label = block.Naming.Label(index),
            Analytic = analytic,
            Numeric = numeric,
            AbsoluteError = absoluteError,
            RelativeError = absoluteError / (Math.Abs(analytic) + Math.Abs(numeric) + delta),
        };
    }

    private static double Norm(IEnumerable<double> blockNorms) => Math.Sqrt(blockNorms.Sum(norm => norm * norm));

    /// <summary>The Euclidean norm of the chosen values over the coordinates each block lists.</summary>
    private static double Norm(IEnumerable<GradientBlock> blocks, Func<GradientBlock, int, double> values)
        => Math.Sqrt(blocks.Sum(block => block.Coordinates.Sum(index => values(block, index) * values(block, index))));

    private static bool AllFinite(double[] values) => Array.TrueForAll(values, double.IsFinite);

    /// <summary>Whether every coordinate the block lists has a finite numeric value (the others have none).</summary>
    private static bool AllFiniteNumeric(GradientBlock block) => Array.TrueForAll(block.Coordinates, index => double.IsFinite(block.Numeric[index]));
}
