using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GradGate.Results;

/// <summary>The one JSON dialect of GradGate's files: camelCase names, enums as camelCase strings, no nulls.</summary>
public static class ResultJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>Single-line output, for the JSON Lines event stream.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    public static string Serialize<T>(T value, bool indented = true)
        => JsonSerializer.Serialize(value, indented ? Options : CompactOptions);

    public static T? Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options);

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

        // GradGate's own documents use the generated metadata; any other type (the baseline's entries) falls back to reflection.
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(ResultJsonContext.Default, new DefaultJsonTypeInfoResolver());
        return options;
    }
}
