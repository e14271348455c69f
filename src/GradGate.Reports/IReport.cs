using GradGate.Results;

namespace GradGate.Reports;

/// <summary>One report format: its file name and the text it holds for a run. Writing the file is not its job.</summary>
internal interface IReport
{
    /// <summary>The name the caller asks for in GradGateReportFormats, such as <c>junit</c>.</summary>
    string FormatName { get; }

    string FileName { get; }

    string Render(RunResult run);
}
