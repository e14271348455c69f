using System.Globalization;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// Names the kind of bug behind a failing block when the evidence is clear, and nothing otherwise: a constant factor
/// (a sign flip among them), a gradient never written, a missing mask or a dropped gradient, a transposed layout, or a
/// mismatch confined to some rows, columns or coordinates. Only failing blocks are looked at, so a correct target is
/// never described; each rule asks for agreement to the error threshold everywhere it does not point at.
/// </summary>
internal static class MismatchPatterns
{
    /// <summary>
    /// How closely <c>c x numeric</c> must reproduce the analytic values for a constant factor to be claimed, at least: ten
    /// times the error threshold, so the numeric gradient's own error never hides a factor, and never looser than this.
    /// </summary>
    private const double FactorResidual = 1e-4;

    /// <summary>A factor fitted on fewer coordinates (with a non-zero numeric value) is no evidence: any two numbers have a ratio.</summary>
    private const int FactorSupport = 3;

    /// <summary>Factors of the blocks of one loss this close to each other (relatively) are one factor.</summary>
    private const double SameFactor = 1e-2;

    private const int ListedPlaces = 8;

    public static MismatchPattern? Find(GradientBlock block, double errorThreshold, double delta)
    {
        var evidence = MismatchEvidence.Gather(block, errorThreshold, delta);
        if (evidence.Mismatched.Length == 0)
        {
            return null;
        }

        return NeverWritten(evidence)
            ?? ConstantFactor(evidence, Math.Max(FactorResidual, 10 * errorThreshold))
            ?? Mask(evidence)
            ?? Transposed(evidence, errorThreshold, delta)
            ?? Confined(evidence);
    }

    /// <summary>
    /// When every block of a loss is off by the same factor, the error is upstream of all of them (the loss's own
    /// gradient, a missing 1/N): each block's pattern says so instead of blaming its own backward pass.
    /// </summary>
    public static void RecogniseUpstream(IReadOnlyList<MismatchPattern?> patterns)
    {
        if (patterns.Count < 2 || patterns.Any(pattern => pattern?.Factor is null || pattern.Kind is not (MismatchPatternKinds.Factor or MismatchPatternKinds.SignFlip)))
        {
            return;
        }

        var first = patterns[0]!.Factor!.Value;
        if (patterns.Any(pattern => Math.Abs(pattern!.Factor!.Value - first) > SameFactor * Math.Abs(first)))
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            pattern!.Kind = MismatchPatternKinds.UpstreamFactor;
            pattern.Description =
                $"Every block of this loss is {Factor(pattern.Factor!.Value)} times its numeric gradient, so the error is upstream of all of them: "
                + "in the loss's own gradient (a missing 1/N, a term counted twice, a flipped sign), not in any one block's backward pass.";
        }
    }

    private static MismatchPattern? NeverWritten(MismatchEvidence evidence)
    {
        var block = evidence.Block;
        if (evidence.AnalyticZero.Count != evidence.Coordinates.Length || evidence.NumericZero.Count == evidence.Coordinates.Length)
        {
            return null;
        }

        return new MismatchPattern
        {
            Kind = MismatchPatternKinds.NeverWritten,
            Description = $"The analytic gradient of {block.Name} is zero everywhere while the numeric one is not: the gradient is never written "
                + "(a backward pass that skips this block, or a result stored somewhere else).",
        };
    }

    private static MismatchPattern? ConstantFactor(MismatchEvidence evidence, double tolerance)
    {
        var block = evidence.Block;
        double product = 0, numericSquares = 0, analyticSquares = 0;
        var support = 0;
        foreach (var index in evidence.Coordinates)
        {
            product += block.Analytic[index] * block.Numeric[index];
            numericSquares += block.Numeric[index] * block.Numeric[index];
            analyticSquares += block.Analytic[index] * block.Analytic[index];
            support += evidence.NumericZero.Contains(index) ? 0 : 1;
        }

        if (support < FactorSupport || numericSquares == 0)
        {
            return null;
        }

        var factor = product / numericSquares;
        var residualSquares = evidence.Coordinates.Sum(index => Square(block.Analytic[index] - factor * block.Numeric[index]));
        if (Math.Sqrt(residualSquares) > tolerance * Math.Sqrt(analyticSquares))
        {
            return null;
        }

        var signFlip = Math.Abs(factor + 1) <= tolerance;
        return new MismatchPattern
        {
            Kind = signFlip ? MismatchPatternKinds.SignFlip : MismatchPatternKinds.Factor,
            Factor = factor,
            Description = signFlip
                ? $"The analytic gradient is the numeric one with its sign flipped (-1 times it, at every coordinate): a subtraction the wrong way round, or a sign lost in {block.Name}'s backward pass."
                : $"The analytic gradient is {Factor(factor)} times the numeric one at every coordinate: a constant factor{FactorHint(factor)}.",
        };
    }

    private static MismatchPattern? Mask(MismatchEvidence evidence)
    {
        var block = evidence.Block;
        if (evidence.Mismatched.All(index => evidence.NumericZero.Contains(index) && !evidence.AnalyticZero.Contains(index)))
        {
            return new MismatchPattern
            {
                Kind = MismatchPatternKinds.MissingMask,
                Where = Labels(block, evidence.Mismatched),
                Description = $"The analytic gradient is non-zero at {Places(block, evidence.Mismatched)}, where the numeric gradient is zero, and agrees "
                    + "everywhere else: a missing mask (a backward pass that lets the gradient through where the function is flat, such as "
                    + "an activation's negative side or a clamped range).",
            };
        }

        if (evidence.Mismatched.All(index => evidence.AnalyticZero.Contains(index) && !evidence.NumericZero.Contains(index)))
        {
            return new MismatchPattern
            {
                Kind = MismatchPatternKinds.DroppedGradient,
                Where = Labels(block, evidence.Mismatched),
                Description = $"The analytic gradient is zero at {Places(block, evidence.Mismatched)}, where the numeric gradient is not, and agrees "
                    + "everywhere else: a gradient dropped there (a mask applied where the function is not flat, or values never accumulated).",
            };
        }

        return null;
    }

    /// <summary>A matrix block whose analytic values, read as the transposed shape, agree with the numeric ones everywhere.</summary>
    private static MismatchPattern? Transposed(MismatchEvidence evidence, double errorThreshold, double delta)
    {
        var block = evidence.Block;
        if (block.Shape.Length != 2 || block.Shape[0] < 2 || block.Shape[1] < 2 || evidence.Coordinates.Length != block.Length)
        {
            return null;
        }

        var (rows, columns) = (block.Shape[0], block.Shape[1]);
        foreach (var index in evidence.Coordinates)
        {
            var (row, column) = (index / columns, index % columns);
            var transposed = block.Analytic[(column * rows) + row];
            var numeric = block.Numeric[index];
            var difference = Math.Abs(transposed - numeric);
            if (difference > block.NoiseFloor[index] && difference > errorThreshold * (Math.Abs(transposed) + Math.Abs(numeric) + delta))
            {
                return null;
            }
        }

        return new MismatchPattern
        {
            Kind = MismatchPatternKinds.Transposed,
            Description = $"The analytic gradient matches the numeric one transposed: {block.Name}'s gradient is laid out as [{columns},{rows}] "
                + $"instead of [{rows},{columns}] (a product with its operands swapped, or a transpose missing in the backward pass).",
        };
    }

    /// <summary>Which rows, columns or coordinates differ; every one, when the mismatch is spread over the whole block.</summary>
    private static MismatchPattern Confined(MismatchEvidence evidence)
    {
        var block = evidence.Block;
        var mismatched = evidence.Mismatched;
        if (mismatched.Length == evidence.Coordinates.Length)
        {
            var ratios = mismatched.Where(index => !evidence.NumericZero.Contains(index)).Select(index => block.Analytic[index] / block.Numeric[index]).ToList();
            var range = ratios.Count == 0 ? "" : $", analytic / numeric from {Ratio(ratios.Min())} to {Ratio(ratios.Max())}";
            return new MismatchPattern
            {
                Kind = MismatchPatternKinds.Everywhere,
                Description = $"It differs at every checked coordinate of {block.Name} ({mismatched.Length}){range}: no single factor explains it, "
                    + "so look at the formula of the derivative itself.",
            };
        }

        if (IsDiagonal(evidence))
        {
            return new MismatchPattern
            {
                Kind = MismatchPatternKinds.Confined,
                Where = Labels(block, mismatched),
                Description = $"It differs only on the diagonal of {block.Name} ({Listed(Labels(block, mismatched))}), at every entry of it checked; "
                    + $"the {evidence.Coordinates.Length - mismatched.Length} other entries checked agree: each output's derivative with respect to its "
                    + "own input is wrong, not how the operator mixes elements (for an element-wise operator, the formula of its derivative).",
            };
        }

        if (block.Shape.Length == 2 && Lines(evidence, byRow: true) is { } rows)
        {
            return ConfinedTo(block, rows, "row");
        }

        if (block.Shape.Length == 2 && Lines(evidence, byRow: false) is { } columns)
        {
            return ConfinedTo(block, columns, "column");
        }

        return new MismatchPattern
        {
            Kind = MismatchPatternKinds.Confined,
            Where = Labels(block, mismatched),
            Description = $"It differs only at {Places(block, mismatched)} of the {evidence.Coordinates.Length} checked; the others agree.",
        };
    }

    /// <summary>
    /// Whether a square Jacobian (as many outputs as input elements, at least two) differs at every checked entry
    /// <c>dY[i]/dx[i]</c> of its diagonal and nowhere else.
    /// </summary>
    private static bool IsDiagonal(MismatchEvidence evidence)
    {
        var block = evidence.Block;
        var outputs = block.Shape.Length >= 2 ? block.Shape[0] : 0;
        if (outputs < 2 || block.Length != outputs * outputs || block.Naming is not JacobianCoordinateNaming)
        {
            return false;
        }

        bool OnDiagonal(int index) => index / outputs == index % outputs;
        var diagonal = evidence.Coordinates.Where(OnDiagonal).ToList();
        return diagonal.Count >= 2 && evidence.Mismatched.All(OnDiagonal) && evidence.Mismatched.Length == diagonal.Count;
    }

    /// <summary>
    /// The rows (or columns) of a matrix block that hold every mismatch and mismatch at every checked coordinate, when they
    /// are not all of them; null when the mismatch is not confined that way.
    /// </summary>
    private static List<int>? Lines(MismatchEvidence evidence, bool byRow)
    {
        var columns = evidence.Block.Shape[1];
        var count = byRow ? evidence.Block.Shape[0] : columns;
        int Line(int index) => byRow ? index / columns : index % columns;
        var lines = evidence.Mismatched.Select(Line).Distinct().Order().ToList();
        var wrong = evidence.Mismatched.ToHashSet();
        var whole = evidence.Coordinates.Where(index => lines.Contains(Line(index))).All(wrong.Contains);
        return lines.Count < count && whole ? lines : null;
    }

    private static MismatchPattern ConfinedTo(GradientBlock block, List<int> lines, string noun)
    {
        var labels = lines.Select(line => noun == "row" ? $"{block.Name}[{line},:]" : $"{block.Name}[:,{line}]").ToList();
        return new MismatchPattern
        {
            Kind = MismatchPatternKinds.Confined,
            Where = labels,
            Description = $"It differs only in {(lines.Count == 1 ? noun : noun + "s")} {Listed(labels)} of {block.Name}; the others agree "
                + $"(an index off by one, or a loop that stops early or starts late over that {noun}).",
        };
    }

    private static List<string> Labels(GradientBlock block, IEnumerable<int> coordinates) => coordinates.Select(block.Naming.Label).ToList();

    /// <summary><c>3 coordinates (W1[0,1], W1[2,2], W1[3,0])</c>, the first few of them.</summary>
    private static string Places(GradientBlock block, int[] coordinates)
        => $"{(coordinates.Length == 1 ? "1 coordinate" : $"{coordinates.Length} coordinates")} ({Listed(Labels(block, coordinates))})";

    private static string Listed(List<string> labels)
        => labels.Count <= ListedPlaces ? string.Join(", ", labels) : string.Join(", ", labels.Take(ListedPlaces)) + $" and {labels.Count - ListedPlaces} more";

    /// <summary>Three significant digits, or as many as it takes to show the factor is not 1.</summary>
    private static string Factor(double factor)
    {
        for (var digits = 3; digits <= 17; digits++)
        {
            var text = factor.ToString("G" + digits, CultureInfo.InvariantCulture);
            if (double.Parse(text, CultureInfo.InvariantCulture) != 1)
            {
                return digits == 3 ? factor.ToString(Math.Abs(factor) >= 1 && Math.Abs(factor) < 1000 ? "0.00" : "G3", CultureInfo.InvariantCulture) : text;
            }
        }

        return factor.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>What a factor close to a whole number (or its reciprocal) usually is.</summary>
    private static string FactorHint(double factor)
    {
        var whole = Math.Round(Math.Abs(factor));
        if (whole >= 2 && Math.Abs(Math.Abs(factor) - whole) <= 1e-3 * whole)
        {
            return $" (a term counted {whole:0} times, or a 1/{whole:0} missing; {(factor < 0 ? "and the sign is flipped" : "check the scaling")})";
        }

        var reciprocal = Math.Round(1 / Math.Abs(factor));
        if (reciprocal >= 2 && Math.Abs((1 / Math.Abs(factor)) - reciprocal) <= 1e-3 * reciprocal)
        {
            return $" (an extra 1/{reciprocal:0}, such as a mean where a sum belongs; {(factor < 0 ? "and the sign is flipped" : "check the scaling")})";
        }

        return factor < 0 ? " with the sign flipped" : " (a wrong scale in the backward pass)";
    }

    private static string Ratio(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static double Square(double value) => value * value;
}
