using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// <c>gradgate.json</c>: the whole run in GradGate's one JSON dialect, valid against <c>build/gradgate.schema.json</c>
/// of the <c>schemaVersion</c> it declares. Non-finite figures are the strings <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>.
/// </summary>
internal sealed class JsonReport : IReport
{
    public string FormatName => ReportFormats.Json;

    public string FileName => "gradgate.json";

    public string Render(RunResult run) => ResultJson.Serialize(run) + "\n";
}
