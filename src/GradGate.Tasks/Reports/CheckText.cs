using System.Globalization;
using System.Text;
using GradGate.Results;

namespace GradGate.Tasks.Reports;

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

    /// <summary>The check's headline figures and the settings it was judged with.</summary>
    public static string Headline(CheckResult check)
    {
        var text = new StringBuilder("Relative error ").Append(Figures.Readable(check.RelativeError));
        if (check.MaxElementRelativeError is { } largestElement)
        {
            text.Append(", largest element-wise ").Append(Figures.Readable(largestElement));
        }

        if (check.Settings is { } settings)
        {
            text.Append(" (warning above ").Append(Figures.Readable(settings.WarningThreshold))
                .Append(", error above ").Append(Figures.Readable(settings.ErrorThreshold))
                .Append("); ").Append(settings.DType)
                .Append(", epsilon ").Append(Figures.Readable(settings.Epsilon))
                .Append(", delta ").Append(Figures.Readable(settings.Delta))
                .Append(", seed ").Append(Figures.Exact(settings.Seed));
        }

        return text.Append("; ").Append(Figures.Exact(check.Evaluations)).Append(" evaluations in ")
            .Append(Figures.Seconds(check.DurationSeconds)).Append(" s.").ToString();
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
