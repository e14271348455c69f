using System.Text.RegularExpressions;

namespace GradGate.Gate.Filtering;

/// <summary>
/// The meaning of <c>GradGateFilter</c>: semicolon-separated patterns in which <c>*</c> stands for any run
/// of characters (and every other character for itself). A check is selected when any pattern matches the
/// whole of its id (<c>Namespace.Type.Method</c>, nested types joined with <c>+</c>) or the whole of its
/// display name (the attribute's Name, else <c>Type.Method</c>, nested types joined with dots), ignoring case. An empty filter selects
/// every check. Examples: <c>*Sigmoid*</c>, <c>MyNet.Checks.*</c>, <c>LayerNorm.Backward;Softmax*</c>.
/// </summary>
internal sealed class CheckFilter
{
    private readonly IReadOnlyList<Regex> _patterns;

    private CheckFilter(string? text, IReadOnlyList<Regex> patterns)
    {
        Text = text;
        _patterns = patterns;
    }

    /// <summary>The filter as the user wrote it; null when no filter is in force.</summary>
    public string? Text { get; }

    public bool SelectsEverything => _patterns.Count == 0;

    public static CheckFilter Parse(string? text)
    {
        var patterns = (text ?? "")
            .Split([';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pattern => pattern.Trim())
            .Where(pattern => pattern.Length > 0)
            .Select(ToRegex)
            .ToList();
        return new CheckFilter(patterns.Count == 0 ? null : text!.Trim(), patterns);
    }

    public bool Selects(string id, string displayName)
        => SelectsEverything || _patterns.Any(pattern => pattern.IsMatch(id) || pattern.IsMatch(displayName));

    private static Regex ToRegex(string pattern)
    {
        var body = string.Join(".*", pattern.Split('*').Select(Regex.Escape));
        return new Regex($"^{body}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
