using System.Globalization;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>One check described in plain lines of text: its findings, where it is declared, its figures, its blocks.</summary>
internal static class CheckText
{
    /// <summary>Everything a reader needs to act on a failing check, one fact a line, worst first.</summary>
    public static string Describe(CheckResult check)
    {
        var lines = new List<string>();
        lines.AddRange(check.Findings.Select(FindingLine));
        if (check.Source is { } source)
        {
            lines.Add($"Declared at {Location(source)}.");
        }

        lines.Add(Headline(check));
        foreach (var block in check.Blocks)
        {
            lines.Add(BlockLine(block));
            lines.AddRange(block.Worst.Select(coordinate => "  " + CoordinateLine(coordinate)));
        }

        return string.Join("\n", lines);
    }

    public static string FindingLine(Finding finding)
        => $"{finding.Code} {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}";

    /// <summary>The MSBuild spelling, <c>path(line,column)</c>.</summary>
    public static string Location(SourceLocation source)
        => string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", source.File, source.Line, source.Column);

    /// <summary>The check's headline figures, the settings it was judged with and what it cost, as one sentence.</summary>
    public static string Headline(CheckResult check)
    {
        var parts = new List<string>();
        if (check.RelativeError is { } relativeError)
        {
            parts.Add(check.MaxElementRelativeError is { } largestElement
                ? $"Relative error {Figures.Readable(relativeError)}, largest element-wise {Figures.Readable(largestElement)}"
                : $"Relative error {Figures.Readable(relativeError)}");
        }

        if (check.Settings is { } settings)
        {
            parts.Add(
                $"judged as {settings.DType} with epsilon {Figures.Readable(settings.Epsilon)}, warning above {Figures.Readable(settings.WarningThreshold)},"
                + $" error above {Figures.Readable(settings.ErrorThreshold)}, delta {Figures.Readable(settings.Delta)}, seed {Figures.Exact(settings.Seed)}");
        }

        parts.Add($"{Figures.Exact(check.Evaluations)} evaluations in {Figures.Seconds(check.DurationSeconds)} s");
        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);
    }

    public static string BlockLine(BlockResult block)
        => $"Block {block.Name} {Shape(block.Shape)}: relative error {Figures.Readable(block.RelativeError)}"
            + $" ({block.Verdict.ToString().ToLowerInvariant()}), largest element-wise {Figures.Readable(block.MaxElementRelativeError)};"
            + $" {Figures.Exact(block.CoordinatesChecked)} coordinates checked, {Figures.Exact(block.CoordinatesInconclusive)} inconclusive.";

    /// <summary>Analytic against numeric in full precision: three digits could print two different values alike.</summary>
    public static string CoordinateLine(Coordinate coordinate)
        => $"{coordinate.Label}: analytic {Figures.Exact(coordinate.Analytic)} vs numeric {Figures.Exact(coordinate.Numeric)},"
            + $" relative error {Figures.Readable(coordinate.RelativeError)}";

    public static string Shape(int[] shape)
        => shape.Length == 0 ? "(scalar)" : "[" + string.Join(",", shape.Select(Figures.Exact)) + "]";
}
