using GradGate.Reports;

namespace GradGate.Gate.Configuration;

/// <summary>The meaning of <c>GradGateReportFormats</c>: semicolon-separated format names, ignoring case; empty writes no report.</summary>
internal static class ReportFormatList
{
    public const string Property = "GradGateReportFormats";

    /// <summary>The known formats named, each once and in the order named; every unknown name becomes a problem.</summary>
    public static IReadOnlyList<string> Parse(string? text, ICollection<ConfigurationProblem> problems)
    {
        var formats = new List<string>();
        foreach (var name in (text ?? "").Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()).Where(name => name.Length > 0))
        {
            if (ReportFormats.Find(name) is { } report)
            {
                if (!formats.Contains(report.FormatName))
                {
                    formats.Add(report.FormatName);
                }
            }
            else
            {
                problems.Add(new ConfigurationProblem(
                    Property,
                    text!,
                    $"{Property} names '{name}', which is not a GradGate report format. Use any of {string.Join(", ", ReportFormats.Names)}, "
                    + $"separated by semicolons (for example '{string.Join(";", ReportFormats.Names)}')."));
            }
        }

        return formats;
    }
}
