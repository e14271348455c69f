using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>
/// <c>gradgate.sarif</c>: SARIF 2.1.0, as GitHub code scanning (<c>github/codeql-action/upload-sarif</c>) and other
/// static-analysis viewers read it. One result per finding, with its GG rule, level and message, at the check's
/// <c>[GradCheck]</c> line by a repository-relative URI under the <c>SRCROOT</c> base; a skipped check is a GG0017 note;
/// the run's own findings sit on the project file. Every GG code is a rule of the tool, with the help of
/// docs/diagnostics.md. Each result carries a fingerprint of its code, check and block, so an alert stays one alert
/// across runs while the code around it moves.
/// </summary>
internal sealed class SarifReport : IReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base every result's URI is relative to: the repository root.</summary>
    public const string RootBaseId = "SRCROOT";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string FormatName => ReportFormats.Sarif;

    public string FileName => "gradgate.sarif";

    public string Render(RunResult run)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, run);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, RunResult run)
    {
        json.WriteStartObject();
        WriteTool(json, run);
        json.WriteStartObject("automationDetails");
        // One category per assembly, framework and shard: code scanning keeps the alerts of each apart, and accepts them in one upload.
        var shard = string.IsNullOrWhiteSpace(run.Shard) ? "" : $"shard-{Clean(run.Shard!).Replace("/", "-of-")}/";
        json.WriteString("id", $"gradgate/{Clean(run.AssemblyName)}/{Clean(run.TargetFramework ?? "")}/{shard}");
        json.WriteEndObject();
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBaseId);
        WriteText(json, "description", "The root of the git repository that holds the checked project (outside a repository, the project's folder). Every artifact URI is relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();
        WriteInvocation(json, run);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var result in SarifResults.Of(run))
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, RunResult run)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "GradGate");
        if (run.ToolVersion.Trim().Length > 0)
        {
            json.WriteString("version", Clean(run.ToolVersion));
        }

        json.WriteString("informationUri", DiagnosticRules.ProjectHome);
        json.WriteStartArray("rules");
        foreach (var rule in DiagnosticRules.All)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", rule.ShortDescription);
        WriteText(json, "fullDescription", rule.Meaning);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Meaning}\n\nWhat to do: {rule.Remedy}");
        json.WriteString("markdown", $"{rule.MeaningMarkdown}\n\n**What to do:** {rule.RemedyMarkdown}\n\n[{rule.Code} in GradGate's diagnostic codes]({rule.HelpUri})");
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("gradient-check");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, RunResult run)
    {
        var runErrors = run.RunFindings.Where(finding => finding.Severity == Severity.Error).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();

        // The checks ran and were judged, whatever their verdicts; a run that could not check anything did not succeed.
        json.WriteBoolean("executionSuccessful", runErrors.Count == 0);
        if (run.StartedAtUtc != default)
        {
            json.WriteString("startTimeUtc", Timestamp(run.StartedAtUtc));
            json.WriteString("endTimeUtc", Timestamp(run.StartedAtUtc.AddSeconds(Math.Max(0, run.DurationSeconds))));
        }

        if (runErrors.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var finding in runErrors)
            {
                json.WriteStartObject();
                WriteText(json, "message", finding.Message);
                json.WriteString("level", "error");
                json.WriteStartObject("descriptor");
                json.WriteString("id", Clean(finding.Code));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", Clean(result.Code));
        if (IndexOfRule(result.Code) is var index and >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        if (result.Kind is { } kind)
        {
            json.WriteString("kind", kind);
        }

        json.WriteString("level", Level(result.Severity));
        WriteText(json, "message", result.Message);
        if (result.File.Length > 0 || result.CheckId is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            if (result.File.Length > 0)
            {
                WritePhysicalLocation(json, result);
            }

            if (result.CheckId is { } checkId)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", Clean(checkId));
                json.WriteString("kind", "function");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprint.Key, result.Fingerprint);
        json.WriteEndObject();
        if (result.CheckId is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("checkId", Clean(result.CheckId));
            json.WriteString("checkName", Clean(result.CheckName ?? result.CheckId));
            json.WriteString("verdict", result.Verdict?.ToString().ToLowerInvariant() ?? "");
            if (result.Block is { } block)
            {
                json.WriteString("block", Clean(block));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SarifResult result)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var uri = ArtifactUri.Of(result.File);
        json.WriteString("uri", uri.Uri);
        if (uri.IsRelative)
        {
            json.WriteString("uriBaseId", RootBaseId);
        }

        json.WriteEndObject();
        if (result.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", result.Line);
            if (result.Column > 0)
            {
                json.WriteNumber("startColumn", result.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static int IndexOfRule(string code)
    {
        for (var i = 0; i < DiagnosticRules.All.Count; i++)
        {
            if (DiagnosticRules.All[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Level(Severity severity)
        => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", Clean(text));
        json.WriteEndObject();
    }

    private static string Clean(string text) => SarifText.Clean(text);

    private static string Timestamp(DateTime utc)
        => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
