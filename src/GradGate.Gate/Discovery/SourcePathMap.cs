namespace GradGate.Gate.Discovery;

/// <summary>
/// Undoes the compiler's path map. A deterministic build (ContinuousIntegrationBuild, as on most CI servers)
/// writes source paths such as <c>/_/src/Checks.cs</c> into the PDB; MSBuild's SourceRoot items say which
/// local folder each mapped prefix stands for, and diagnostics must name the real file for CI to annotate it.
/// </summary>
internal sealed class SourcePathMap
{
    private readonly IReadOnlyList<SourceRoot> _roots;

    public SourcePathMap(IEnumerable<SourceRoot> roots)
    {
        // The longest prefix first, so a nested root (a submodule's /_1/ inside /_/) wins over its parent.
        _roots = roots
            .Where(root => root.MappedPath.Length > 0 && root.LocalPath.Length > 0)
            .OrderByDescending(root => root.MappedPath.Length)
            .ToList();
    }

    public static SourcePathMap None { get; } = new([]);

    /// <summary>The local path of a document the PDB names; a path under no mapped root is returned as it is.</summary>
    public string ToLocal(string documentPath)
    {
        foreach (var root in _roots)
        {
            if (documentPath.StartsWith(root.MappedPath, StringComparison.Ordinal))
            {
                return Path.GetFullPath(Path.Combine(root.LocalPath, documentPath.Substring(root.MappedPath.Length)));
            }
        }

        return documentPath;
    }
}

/// <summary>
/// One SourceRoot item: a local folder (with its trailing separator), the prefix that stands for it in the PDB, and
/// for a repository's root its source control (<c>git</c>) and, for a submodule, the NestedRoot it sits under.
/// </summary>
internal sealed record SourceRoot(string LocalPath, string MappedPath, string SourceControl = "", string NestedRoot = "");
