using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GradGate.Results.Json;

/// <summary>
/// Writes GradGate's documents (the run, the runner's request and events) in <see cref="ResultJson"/>'s dialect with a
/// <see cref="Utf8JsonWriter"/>, property by property. The serializer wrote the same text, but compiled hundreds of
/// methods to do it in every cold process: the runner and the build task are cold on every build (issue 15).
/// ResultJsonWriterTests hold the two to the same text for every property.
/// </summary>
internal static class ResultJsonWriter
{
    public static string Write(RunResult run, bool indented) => Write(indented, json => WriteRun(json, run));

    public static string Write(RunRequest request, bool indented) => Write(indented, json => WriteRequest(json, request));

    public static string Write(RunnerEvent runnerEvent, bool indented) => Write(indented, json => WriteEvent(json, runnerEvent));

    public static string Write(CheckResult check, bool indented) => Write(indented, json => WriteCheck(json, check));

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteRun(Utf8JsonWriter json, RunResult run)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", run.SchemaVersion);
        OptionalString(json, "toolVersion", run.ToolVersion);
        OptionalString(json, "assemblyPath", run.AssemblyPath);
        OptionalString(json, "assemblyName", run.AssemblyName);
        OptionalString(json, "targetFramework", run.TargetFramework);
        OptionalString(json, "projectPath", run.ProjectPath);
        json.WriteString("startedAtUtc", run.StartedAtUtc);
        Number(json, "durationSeconds", run.DurationSeconds);
        if (run.Settings is { } defaults)
        {
            json.WritePropertyName("settings");
            WriteDefaults(json, defaults);
        }
        OptionalString(json, "filter", run.Filter);
        OptionalString(json, "shard", run.Shard);
        json.WriteStartArray("checks");
        foreach (var check in run.Checks ?? [])
        {
            WriteCheck(json, check);
        }

        json.WriteEndArray();
        WriteFindings(json, "runFindings", run.RunFindings);
        json.WriteEndObject();
    }

    private static void WriteDefaults(Utf8JsonWriter json, RunDefaults defaults)
    {
        json.WriteStartObject();
        OptionalNumber(json, "errorThreshold", defaults.ErrorThreshold);
        OptionalNumber(json, "warningThreshold", defaults.WarningThreshold);
        OptionalNumber(json, "epsilon", defaults.Epsilon);
        OptionalString(json, "mode", defaults.Mode);
        Number(json, "timeoutSeconds", defaults.TimeoutSeconds);
        json.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter json, CheckResult check)
    {
        json.WriteStartObject();
        OptionalString(json, "id", check.Id);
        OptionalString(json, "name", check.Name);
        OptionalString(json, "className", check.ClassName);
        OptionalString(json, "methodName", check.MethodName);
        OptionalString(json, "variant", check.Variant);
        OptionalString(json, "kind", check.Kind);
        json.WriteString("verdict", ResultJsonNames.Of(check.Verdict));
        OptionalNumber(json, "relativeError", check.RelativeError);
        OptionalNumber(json, "maxElementRelativeError", check.MaxElementRelativeError);
        if (check.Settings is { } settings)
        {
            json.WritePropertyName("settings");
            WriteSettings(json, settings);
        }

        json.WriteStartArray("blocks");
        foreach (var block in check.Blocks ?? [])
        {
            WriteBlock(json, block);
        }

        json.WriteEndArray();
        WriteFindings(json, "findings", check.Findings);
        json.WriteNumber("evaluations", check.Evaluations);
        Number(json, "durationSeconds", check.DurationSeconds);
        OptionalString(json, "skipReason", check.SkipReason);
        if (check.Source is { } source)
        {
            json.WriteStartObject("source");
            OptionalString(json, "file", source.File);
            json.WriteNumber("line", source.Line);
            json.WriteNumber("column", source.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter json, CheckSettings settings)
    {
        json.WriteStartObject();
        OptionalString(json, "dType", settings.DType);
        Number(json, "epsilon", settings.Epsilon);
        Number(json, "errorThreshold", settings.ErrorThreshold);
        Number(json, "warningThreshold", settings.WarningThreshold);
        json.WriteNumber("seed", settings.Seed);
        OptionalString(json, "mode", settings.Mode);
        Number(json, "delta", settings.Delta);
        if (settings.Sources is { } sources)
        {
            json.WriteStartObject("sources");
            foreach (var source in sources)
            {
                json.WriteString(source.Key, source.Value);
            }

            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, BlockResult block)
    {
        json.WriteStartObject();
        OptionalString(json, "name", block.Name);
        Integers(json, "shape", block.Shape);
        json.WriteNumber("length", block.Length);
        OptionalNumber(json, "relativeError", block.RelativeError);
        OptionalNumber(json, "maxElementRelativeError", block.MaxElementRelativeError);
        Number(json, "analyticNorm", block.AnalyticNorm);
        OptionalNumber(json, "numericNorm", block.NumericNorm);
        OptionalString(json, "judgedBy", block.JudgedBy);
        json.WriteNumber("coordinatesChecked", block.CoordinatesChecked);
        json.WriteNumber("coordinatesInconclusive", block.CoordinatesInconclusive);
        json.WriteString("verdict", ResultJsonNames.Of(block.Verdict));
        json.WriteStartArray("worst");
        foreach (var coordinate in block.Worst ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("flatIndex", coordinate.FlatIndex);
            Integers(json, "index", coordinate.Index);
            OptionalString(json, "label", coordinate.Label);
            Number(json, "analytic", coordinate.Analytic);
            Number(json, "numeric", coordinate.Numeric);
            Number(json, "absoluteError", coordinate.AbsoluteError);
            Number(json, "relativeError", coordinate.RelativeError);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sample");
        foreach (var value in block.Sample ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("flatIndex", value.FlatIndex);
            Number(json, "analytic", value.Analytic);
            Number(json, "numeric", value.Numeric);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (block.Pattern is { } pattern)
        {
            json.WriteStartObject("pattern");
            OptionalString(json, "kind", pattern.Kind);
            OptionalString(json, "description", pattern.Description);
            OptionalNumber(json, "factor", pattern.Factor);
            Strings(json, "where", pattern.Where);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, List<Finding>? findings)
    {
        if (findings is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            OptionalString(json, "code", finding.Code);
            json.WriteString("severity", ResultJsonNames.Of(finding.Severity));
            OptionalString(json, "message", finding.Message);
            OptionalString(json, "block", finding.Block);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRequest(Utf8JsonWriter json, RunRequest request)
    {
        json.WriteStartObject();
        OptionalString(json, "assemblyPath", request.AssemblyPath);
        json.WriteStartArray("checks");
        foreach (var check in request.Checks ?? [])
        {
            json.WriteStartObject();
            OptionalString(json, "id", check.Id);
            OptionalString(json, "typeName", check.TypeName);
            OptionalString(json, "methodName", check.MethodName);
            if (check.Members is { } members)
            {
                Strings(json, "members", members);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (request.Defaults is { } defaults)
        {
            json.WritePropertyName("defaults");
            WriteDefaults(json, defaults);
        }
        OptionalString(json, "eventsPath", request.EventsPath);
        json.WriteNumber("maxParallelChecks", request.MaxParallelChecks);
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, RunnerEvent runnerEvent)
    {
        json.WriteStartObject();
        OptionalString(json, "event", runnerEvent.Event);
        OptionalString(json, "checkId", runnerEvent.CheckId);
        if (runnerEvent.Result is { } result)
        {
            json.WritePropertyName("result");
            WriteCheck(json, result);
        }

        OptionalString(json, "message", runnerEvent.Message);
        if (runnerEvent.ExitCode is { } exitCode)
        {
            json.WriteNumber("exitCode", exitCode);
        }

        json.WriteEndObject();
    }

    /// <summary>A figure as the serializer writes it with named literals allowed: a number, or "NaN", "Infinity", "-Infinity".</summary>
    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    private static void OptionalNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } known)
        {
            Number(json, name, known);
        }
    }

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Integers(Utf8JsonWriter json, string name, int[]? values)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
