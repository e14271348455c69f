using System.Reflection;
using System.Text.RegularExpressions;

namespace GradGate.Reports.Html;

/// <summary>
/// What each GG code means and what to do about it, read from the code table of docs/diagnostics.md (embedded at build
/// time): the report explains the codes it shows without a link that needs the network.
/// </summary>
internal static class DiagnosticsReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, CodeEntry>> Entries = new(Load);

    public static CodeEntry? Find(string code) => Entries.Value.TryGetValue(code, out var entry) ? entry : null;

    private static IReadOnlyDictionary<string, CodeEntry> Load()
    {
        var entries = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        using var stream = typeof(DiagnosticsReference).GetTypeInfo().Assembly.GetManifestResourceStream("GradGate.Reports.Html.diagnostics.md");
        if (stream is null)
        {
            return entries;
        }

        using var reader = new StreamReader(stream);
        var row = new Regex(@"^\|\s*(GG\d{4})\s*\|\s*([a-z]+)\s*\|(.*)\|(.*)\|\s*$");
        while (reader.ReadLine() is { } line)
        {
            var match = row.Match(line);
            if (match.Success && !entries.ContainsKey(match.Groups[1].Value))
            {
                entries[match.Groups[1].Value] = new CodeEntry(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim(), match.Groups[4].Value.Trim());
            }
        }

        return entries;
    }
}

/// <summary>One row of the code table: the code, its usual severity, what it means and what to do, in the page's Markdown.</summary>
internal sealed class CodeEntry(string code, string severity, string meaning, string remedy)
{
    public string Code { get; } = code;

    public string Severity { get; } = severity;

    public string Meaning { get; } = meaning;

    public string Remedy { get; } = remedy;
}
