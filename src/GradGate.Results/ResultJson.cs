using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GradGate.Results.Json;

namespace GradGate.Results;

/// <summary>The one JSON dialect of GradGate's files: camelCase names, enums as camelCase strings, no nulls.</summary>
public static class ResultJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>Single-line output, for the JSON Lines event stream.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>
    /// GradGate's own documents (the run, a check, the runner's request and events) are written and read by hand-written
    /// code (<see cref="ResultJsonWriter"/>, <see cref="ResultJsonReader"/>) that the serializer's tests hold to its text;
    /// anything else goes through the serializer with <see cref="Options"/>.
    /// </summary>
    public static string Serialize<T>(T value, bool indented = true) => value switch
    {
        RunResult run => ResultJsonWriter.Write(run, indented),
        CheckResult check => ResultJsonWriter.Write(check, indented),
        RunRequest request => ResultJsonWriter.Write(request, indented),
        RunnerEvent runnerEvent => ResultJsonWriter.Write(runnerEvent, indented),
        _ => JsonSerializer.Serialize(value, indented ? Options : CompactOptions),
    };

    /// <summary>The document, or null for a JSON null; a <see cref="JsonException"/> when the text is not one.</summary>
    public static T? Deserialize<T>(string json)
    {
        if (typeof(T) == typeof(RunResult))
        {
            return (T?)(object?)ResultJsonReader.ReadRun(json);
        }

        if (typeof(T) == typeof(CheckResult))
        {
            return (T?)(object?)ResultJsonReader.ReadCheck(json);
        }

        if (typeof(T) == typeof(RunRequest))
        {
            return (T?)(object?)ResultJsonReader.ReadRequest(json);
        }

        return typeof(T) == typeof(RunnerEvent)
            ? (T?)(object?)ResultJsonReader.ReadEvent(json)
            : JsonSerializer.Deserialize<T>(json, Options);
    }

    /// <summary>
    /// Reads a whole JSON Lines event stream. A last line cut short by a crashing writer is ignored; every whole
    /// line before it is kept.
    /// </summary>
    public static List<RunnerEvent> ReadEvents(string path)
    {
        var reader = new RunnerEventReader(path);
        reader.ReadNew();
        return [.. reader.Events];
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // Reports are files, never embedded in HTML: keep names in any script readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter<Verdict>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase));
        return options;
    }
}
