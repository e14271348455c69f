namespace GradGate.Reports;

/// <summary>The report formats GradGateReportFormats accepts, matched without regard to case.</summary>
internal static class ReportFormats
{
    public const string Json = "json";
    public const string JUnit = "junit";
    public const string Markdown = "markdown";
    public const string Html = "html";

    private static readonly IReport[] Reports = [new JsonReport(), new JUnitReport(), new MarkdownReport(), new HtmlReport()];

    public static IReadOnlyList<string> Names { get; } = Reports.Select(report => report.FormatName).ToArray();

    /// <summary>Every report GradGate can write, whatever the formats asked for.</summary>
    public static IReadOnlyList<IReport> All => Reports;

    public static bool IsKnown(string formatName) => Find(formatName) is not null;

    public static IReport? Find(string formatName)
        => Reports.FirstOrDefault(report => string.Equals(report.FormatName, formatName.Trim(), StringComparison.OrdinalIgnoreCase));
}
