using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GradGate.Results;
using GradGate.Tasks.Files;

namespace GradGate.Tasks.Baseline;

/// <summary>
/// <c>GradGate.baseline.json</c>, checked in beside the project file, as package validation keeps
/// <c>CompatibilitySuppressions.xml</c>: the product's name first so it is found and grepped at once, and JSON
/// because every other machine-read GradGate file is JSON in one dialect. It is laid out for review: a schema
/// version, then one entry per line, sorted, so a regenerated file's diff is exactly the findings that came or went.
/// <code>
/// {
///   "schemaVersion": 1,
///   "entries": [
///     {"check":"UserChecks.NetworkChecks.TwoLayerNet","code":"GG0001","block":"W1"},
///     {"check":"UserChecks.OperatorChecks.Softmax","code":"GG0003","targetFramework":"net8.0"}
///   ]
/// }
/// </code>
/// </summary>
internal static class BaselineFile
{
    public const int SchemaVersion = 1;

    public const string DefaultName = "GradGate.baseline.json";

    private static readonly Regex CodePattern = new("^GG[0-9]{4}$", RegexOptions.CultureInvariant);

    private static readonly string[] EntryProperties = ["check", "code", "block", "targetFramework"];

    public static string Render(IEnumerable<BaselineEntry> entries)
    {
        var lines = entries
            .Distinct()
            .OrderBy(entry => entry, BaselineEntry.FileOrder)
            .Select(entry => "    " + ResultJson.Serialize(new EntryJson(entry), indented: false))
            .ToList();
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"schemaVersion\": ").Append(SchemaVersion).Append(",\n");
        if (lines.Count == 0)
        {
            text.Append("  \"entries\": []\n");
        }
        else
        {
            text.Append("  \"entries\": [\n").Append(string.Join(",\n", lines)).Append("\n  ]\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The entries of the file at <paramref name="path"/>, none when it does not exist, or null with <paramref name="problem"/> saying what is wrong and on which line.</summary>
    public static IReadOnlyList<LocatedEntry>? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            return [];
        }

        byte[] bytes;
        try
        {
            bytes = SharedFile.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = exception.Message;
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var lines = EntryLines(bytes);
            return Parse(document.RootElement, lines, out problem);
        }
        catch (JsonException exception)
        {
            problem = $"line {exception.LineNumber + 1}: it is not valid JSON ({exception.Message})";
            return null;
        }
    }

    private static IReadOnlyList<LocatedEntry>? Parse(JsonElement root, IReadOnlyList<int> lines, out string? problem)
    {
        problem = root.ValueKind != JsonValueKind.Object
            ? "line 1: it must be one JSON object with \"schemaVersion\" and \"entries\""
            : !root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SchemaVersion
                ? $"\"schemaVersion\" must be {SchemaVersion}"
                : !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array
                    ? "\"entries\" must be an array"
                    : null;
        if (problem is not null)
        {
            return null;
        }

        var parsed = new List<LocatedEntry>();
        var index = 0;
        foreach (var element in root.GetProperty("entries").EnumerateArray())
        {
            var line = index < lines.Count ? lines[index] : 0;
            index++;
            var entry = ParseEntry(element, out var entryProblem);
            if (entry is null)
            {
                problem = $"line {line}: entry {index} {entryProblem}";
                return null;
            }

            parsed.Add(new LocatedEntry(entry, line));
        }

        return parsed;
    }

    private static BaselineEntry? ParseEntry(JsonElement element, out string? problem)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "must be an object with \"check\" and \"code\"";
            return null;
        }

        var unknown = element.EnumerateObject().Select(property => property.Name).FirstOrDefault(name => !EntryProperties.Contains(name, StringComparer.Ordinal));
        var check = Text(element, "check");
        var code = Text(element, "code");
        var block = Text(element, "block");
        var framework = Text(element, "targetFramework");
        problem = unknown is not null ? $"has \"{unknown}\", which is not one of {string.Join(", ", EntryProperties.Select(name => $"\"{name}\""))}"
            : string.IsNullOrWhiteSpace(check) ? "has no \"check\" (the check's id, such as Namespace.Type.Method)"
            : code is null || !CodePattern.IsMatch(code) ? $"has \"code\" {(code is null ? "missing" : $"'{code}'")}, but it must be a GradGate code such as GG0001"
            : element.TryGetProperty("block", out var blockValue) && blockValue.ValueKind != JsonValueKind.String ? "has a \"block\" that is not a string"
            : element.TryGetProperty("targetFramework", out var frameworkValue) && (frameworkValue.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(framework))
                ? "has a \"targetFramework\" that is not a framework name such as net8.0"
            : null;
        return problem is null ? new BaselineEntry(check!, code!, block, framework) : null;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The 1-based line where each element of the root's "entries" array starts.</summary>
    private static IReadOnlyList<int> EntryLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes);
        var inEntries = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inEntries = reader.ValueTextEquals("entries");
            }
            else if (inEntries && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                lines.Add(LineAt(bytes, (int)reader.TokenStartIndex));
                reader.Skip();
            }
        }

        return lines;
    }

    private static int LineAt(byte[] bytes, int offset)
    {
        var line = 1;
        for (var index = 0; index < offset; index++)
        {
            if (bytes[index] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>An entry's JSON: its names in the file's order, a missing block or framework left out.</summary>
    private sealed class EntryJson(BaselineEntry entry)
    {
        public string Check { get; } = entry.Check;

        public string Code { get; } = entry.Code;

        public string? Block { get; } = entry.Block;

        public string? TargetFramework { get; } = entry.TargetFramework;
    }
}
