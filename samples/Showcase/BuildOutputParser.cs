using System.Text.RegularExpressions;

namespace Showcase;

/// <summary>
/// Reads what a build printed: diagnostics in MSBuild's canonical format
/// (<c>file(line,col): error GG0001: message [project]</c>) and GradGate's one-line summaries.
/// </summary>
internal static partial class BuildOutputParser
{
    private const string SummaryPrefix = "GradGate:";

    /// <summary>Every distinct diagnostic, in order of first appearance (the console logger repeats them at the end).</summary>
    public static IReadOnlyList<BuildDiagnostic> Diagnostics(IEnumerable<string> lines)
        => lines.Select(ParseDiagnostic).OfType<BuildDiagnostic>().Distinct().ToArray();

    /// <summary>GradGate's summary lines (one per project and target framework checked).</summary>
    public static IReadOnlyList<string> SummaryLines(IEnumerable<string> lines)
        => lines.Select(line => line.Trim()).Where(line => line.StartsWith(SummaryPrefix, StringComparison.Ordinal)).Distinct().ToArray();

    public static BuildDiagnostic? ParseDiagnostic(string line)
    {
        var match = CanonicalDiagnostic().Match(line);
        if (!match.Success)
        {
            return null;
        }

        return new BuildDiagnostic(
            match.Groups["file"].Value.Trim(),
            ParseNumber(match.Groups["line"]),
            ParseNumber(match.Groups["column"]),
            match.Groups["severity"].Value,
            match.Groups["code"].Value,
            match.Groups["message"].Value.Trim());
    }

    private static int? ParseNumber(Group group) => group.Success ? int.Parse(group.Value) : null;

    // The node prefix ("1>") of a parallel build, the file, an optional (line), (line,col) or
    // (line,col,endLine,endCol), then ": error CODE: message", then the " [project]" (with
    // "::TargetFramework=..." when multi-targeting) that MSBuild appends.
    [GeneratedRegex(
        @"^\s*(?:\d+>)?(?<file>\S.*?)(?:\((?<line>\d+)(?:,(?<column>\d+))?(?:,\d+,\d+)?\))?\s*:\s*(?<severity>error|warning)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\[\]]+?\.\w*proj(?:::[^\]]*)?\])?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalDiagnostic();
}
