using GradGate.Reports.Paths;

namespace GradGate.Reports.Sarif;

/// <summary>
/// A report path as a SARIF artifact URI: a repository-relative path (<c>src/My Checks/Mlp.cs</c>) becomes a relative
/// URI (<c>src/My%20Checks/Mlp.cs</c>) for the <c>SRCROOT</c> base; an absolute one, which only a file on another drive
/// than the repository keeps, a <c>file:</c> URI.
/// </summary>
internal readonly struct ArtifactUri
{
    private ArtifactUri(string uri, bool isRelative)
    {
        Uri = uri;
        IsRelative = isRelative;
    }

    public string Uri { get; }

    public bool IsRelative { get; }

    public static ArtifactUri Of(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (!RepositoryPath.IsAbsolute(slashed))
        {
            return new ArtifactUri(Escape(slashed), isRelative: true);
        }

        var prefix = slashed.StartsWith("//", StringComparison.Ordinal) ? "file:" : slashed.StartsWith("/", StringComparison.Ordinal) ? "file://" : "file:///";
        return new ArtifactUri(prefix + Escape(slashed), isRelative: false);
    }

    /// <summary>Each segment percent-encoded; the separators and a drive letter's colon kept.</summary>
    private static string Escape(string path)
        => string.Join("/", path.Split('/').Select(segment => segment.Length == 2 && segment[1] == ':' ? segment : System.Uri.EscapeDataString(segment)));
}
