using GradGate.Reports.Html;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// <c>gradgate.html</c>: the run as a page to look at, with charts (see <see cref="HtmlReportDocument"/> in
/// GradGate.Reports.Html, which depends on the result model only, so this project can register it).
/// </summary>
internal sealed class HtmlReport : IReport
{
    public string FormatName => ReportFormats.Html;

    public string FileName => "gradgate.html";

    public string Render(RunResult run) => HtmlReportDocument.Render(run);
}
