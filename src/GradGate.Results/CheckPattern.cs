using System.Text.RegularExpressions;

namespace GradGate.Results;

/// <summary>
/// One pattern of <c>GradGateFilter</c>: <c>*</c> stands for any run of characters, every other character for itself, and
/// it must match the whole of a check's id or display name, ignoring case. The gate selects [GradCheck] methods with it
/// and the runner the members of a family (<c>Namespace.Type.Method[variant]</c>), so both sides share this one meaning.
/// </summary>
internal sealed class CheckPattern
{
    private readonly Regex _regex;

    public CheckPattern(string text)
    {
        Text = text;
        var body = string.Join(".*", text.Split('*').Select(Regex.Escape));
        _regex = new Regex($"^{body}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        var bracket = text.IndexOf('[');
        MethodPart = bracket > 0 && text.EndsWith("]", StringComparison.Ordinal) ? new CheckPattern(text.Substring(0, bracket)) : null;
    }

    public string Text { get; }

    /// <summary>
    /// For a pattern that names members of a family (<c>Type.Method[variant]</c>, <c>*Family[w*]</c>), the pattern of their
    /// method: the part before the first <c>[</c>; null for any other pattern.
    /// </summary>
    public CheckPattern? MethodPart { get; }

    public bool Matches(string idOrName) => _regex.IsMatch(idOrName);

    /// <summary>Whether any of <paramref name="patterns"/> matches the whole of <paramref name="id"/> or <paramref name="displayName"/>.</summary>
    public static bool AnyMatches(IEnumerable<string> patterns, string id, string displayName)
        => patterns.Select(pattern => new CheckPattern(pattern)).Any(pattern => pattern.Matches(id) || pattern.Matches(displayName));
}
