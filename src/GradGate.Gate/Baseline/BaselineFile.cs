using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GradGate.Results;
using GradGate.Gate.Files;

namespace GradGate.Gate.Baseline;

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

    /// <summary>The entries of the file at <paramref name="path"/>, none when it does not exist, or null with <paramref name="problem"/> saying what is wrong and where.</summary>
    public static IReadOnlyList<LocatedEntry>? Read(string path, out BaselineProblem? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var bytes = SharedFile.ReadAllBytes(path);
            using var document = JsonDocument.Parse(bytes);
            return Parse(document.RootElement, EntryLines(bytes), out problem);
        }
        catch (JsonException exception)
        {
            problem = new BaselineProblem((int)(exception.LineNumber ?? 0) + 1, $"it is not valid JSON ({exception.Message})");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = new BaselineProblem(0, exception.Message);
            return null;
        }
    }

    private static IReadOnlyList<LocatedEntry>? Parse(JsonElement root, IReadOnlyList<int> lines, out BaselineProblem? problem)
    {
        problem = DocumentProblem(root);
        if (problem is not null)
        {
            return null;
        }

        var parsed = new List<LocatedEntry>();
        foreach (var element in root.GetProperty("entries").EnumerateArray())
        {
            var line = parsed.Count < lines.Count ? lines[parsed.Count] : 0;
            if (EntryProblem(element) is { } entryProblem)
            {
                problem = new BaselineProblem(line, $"entry {parsed.Count + 1} {entryProblem}");
                return null;
            }

            var entry = new BaselineEntry(Text(element, "check")!, Text(element, "code")!, Text(element, "block"), Text(element, "targetFramework"));
            parsed.Add(new LocatedEntry(entry, line));
        }

        return parsed;
    }

    private static BaselineProblem? DocumentProblem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new BaselineProblem(1, "it must be one JSON object with \"schemaVersion\" and \"entries\"");
        }

        if (!root.TryGetProperty("schemaVersion", out var version) || !version.TryGetInt32(out var number) || number != SchemaVersion)
        {
            return new BaselineProblem(0, $"\"schemaVersion\" must be {SchemaVersion}, the version this GradGate reads");
        }

        return root.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? null
            : new BaselineProblem(0, "\"entries\" must be an array");
    }

    /// <summary>What is wrong with one entry, worded to follow "entry 3"; null when nothing is.</summary>
    private static string? EntryProblem(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "must be an object with \"check\" and \"code\"";
        }

        var unknown = element.EnumerateObject().Select(property => property.Name).FirstOrDefault(name => !EntryProperties.Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return $"has \"{unknown}\", which is not one of {string.Join(", ", EntryProperties.Select(name => $"\"{name}\""))}";
        }

        if (string.IsNullOrWhiteSpace(Text(element, "check")))
        {
            return "has no \"check\" (the check's id, such as Namespace.Type.Method)";
        }

        var code = Text(element, "code");
        if (code is null || !CodePattern.IsMatch(code))
        {
            return $"has \"code\" {(code is null ? "missing" : $"'{code}'")}, but it must be a GradGate code such as GG0001";
        }

        if (element.TryGetProperty("block", out var block) && block.ValueKind != JsonValueKind.String)
        {
            return "has a \"block\" that is not a string";
        }

        return element.TryGetProperty("targetFramework", out _) && string.IsNullOrWhiteSpace(Text(element, "targetFramework"))
            ? "has a \"targetFramework\" that is not a framework name such as net8.0"
            : null;
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
