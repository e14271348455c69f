namespace GradGate.Reports.Paths;

/// <summary>
/// Writes a build machine's path relative to the repository root, with <c>/</c> separators, as the dashboards that link
/// to source want it. Works on the text alone, so a Windows path maps the same on any machine: <c>\</c> is a separator,
/// and a path with a drive letter or a UNC prefix is compared without regard to case.
/// </summary>
internal static class RepositoryPath
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="root"/>: <c>src/Checks.cs</c> under it, <c>.</c> for the root
    /// itself, <c>../other/Checks.cs</c> beside it. A relative path is returned with <c>/</c> separators; a path with no
    /// relative form (another drive or share) stays absolute, with <c>/</c> separators.
    /// </summary>
    public static string Relative(string path, string root)
    {
        var target = Segments(path, out var targetVolume);
        if (targetVolume is null)
        {
            return string.Join("/", target);
        }

        var rootSegments = Segments(root, out var rootVolume);
        var ignoreCase = IsWindowsVolume(targetVolume);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (rootVolume is null || !string.Equals(targetVolume, rootVolume, comparison))
        {
            return targetVolume + string.Join("/", target);
        }

        var common = 0;
        while (common < target.Count && common < rootSegments.Count && string.Equals(target[common], rootSegments[common], comparison))
        {
            common++;
        }

        var relative = Enumerable.Repeat("..", rootSegments.Count - common).Concat(target.Skip(common)).ToList();
        return relative.Count == 0 ? "." : string.Join("/", relative);
    }

    /// <summary>Whether <paramref name="path"/> is absolute on Unix or Windows, whichever machine reads it.</summary>
    public static bool IsAbsolute(string path)
    {
        Segments(path, out var volume);
        return volume is not null;
    }

    /// <summary>
    /// The path's folders and file, with <c>.</c> dropped and <c>..</c> applied; <paramref name="volume"/> is its absolute
    /// prefix (<c>/</c>, <c>C:/</c>, <c>//server/share/</c>), null for a relative path.
    /// </summary>
    private static List<string> Segments(string path, out string? volume)
    {
        var text = path.Replace('\\', '/');
        volume = null;
        var rest = text;
        if (text.Length >= 2 && char.IsLetter(text[0]) && text[1] == ':' && (text.Length == 2 || text[2] == '/'))
        {
            volume = char.ToUpperInvariant(text[0]) + ":/";
            rest = text.Length > 3 ? text.Substring(3) : "";
        }
        else if (text.StartsWith("//", StringComparison.Ordinal))
        {
            var parts = text.Substring(2).Split(['/'], 3);
            volume = "//" + string.Join("/", parts.Take(2)) + "/";
            rest = parts.Length > 2 ? parts[2] : "";
        }
        else if (text.StartsWith("/", StringComparison.Ordinal))
        {
            volume = "/";
            rest = text.Substring(1);
        }

        var segments = new List<string>();
        foreach (var segment in rest.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || volume is null)
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private static bool IsWindowsVolume(string volume) => volume != "/";
}
