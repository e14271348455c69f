using System.Text.RegularExpressions;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>One MSBuild diagnostic as the console logger prints it: <c>file(line,col): error GG0001: text [project]</c>.</summary>
internal sealed partial record BuildDiagnostic(string File, int Line, string Severity, string Code, string Message)
{
    public static IReadOnlyList<BuildDiagnostic> ParseAll(IEnumerable<string> lines)
    {
        var diagnostics = new List<BuildDiagnostic>();
        foreach (var line in lines)
        {
            var match = Pattern().Match(line);
            if (match.Success)
            {
                diagnostics.Add(new BuildDiagnostic(
                    match.Groups["file"].Value.Trim(),
                    match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                    match.Groups["severity"].Value,
                    match.Groups["code"].Value,
                    match.Groups["message"].Value.Trim()));
            }
        }

        // The console logger repeats every diagnostic in its closing summary.
        return diagnostics.Distinct().ToList();
    }

    [GeneratedRegex(@"^(\s*\d+>)?(?<file>.+?)(\((?<line>\d+)(,(?<column>\d+))?\))?\s*:\s*(?<severity>error|warning|message)\s+(?<code>GG\d{4})\s*:\s*(?<message>.*?)(\s+\[[^\]]+\])?$")]
    private static partial Regex Pattern();
}
