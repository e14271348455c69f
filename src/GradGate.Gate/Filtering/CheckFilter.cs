using GradGate.Results;

namespace GradGate.Gate.Filtering;

/// <summary>
/// The meaning of <c>GradGateFilter</c>: semicolon-separated patterns in which <c>*</c> stands for any run
/// of characters (and every other character for itself). A check is selected when any pattern matches the
/// whole of its id (<c>Namespace.Type.Method</c>, nested types joined with <c>+</c>) or the whole of its
/// display name (the attribute's Name, else <c>Type.Method</c>, nested types joined with dots), ignoring case. An empty filter selects
/// every check. A pattern ending in <c>[...]</c> selects members of a family by their id or name
/// (<c>Namespace.Type.Method[variant]</c>): the method runs, and only those members are checked. Examples: <c>*Sigmoid*</c>,
/// <c>MyNet.Checks.*</c>, <c>LayerNorm.Backward;Softmax*</c>, <c>MyNet.Checks.Widths[wide]</c>.
/// </summary>
internal sealed class CheckFilter
{
    private readonly IReadOnlyList<CheckPattern> _patterns;

    private CheckFilter(string? text, IReadOnlyList<CheckPattern> patterns)
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
            .Select(pattern => new CheckPattern(pattern))
            .ToList();
        return new CheckFilter(patterns.Count == 0 ? null : text!.Trim(), patterns);
    }

    public bool Selects(string id, string displayName) => Select(id, displayName, out _);

    /// <summary>
    /// Whether the filter selects a [GradCheck] method: all of it when a pattern matches its id or display name, or only the
    /// members of its family that the patterns naming members (<c>Type.Method[variant]</c>) match, listed in
    /// <paramref name="memberPatterns"/> (null when every member runs).
    /// </summary>
    public bool Select(string id, string displayName, out List<string>? memberPatterns)
    {
        memberPatterns = null;
        if (SelectsEverything || _patterns.Any(pattern => pattern.Matches(id) || pattern.Matches(displayName)))
        {
            return true;
        }

        var members = _patterns
            .Where(pattern => pattern.MethodPart is { } method && (method.Matches(id) || method.Matches(displayName)))
            .Select(pattern => pattern.Text)
            .ToList();
        memberPatterns = members.Count > 0 ? members : null;
        return memberPatterns is not null;
    }
}
