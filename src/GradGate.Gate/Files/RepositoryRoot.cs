using GradGate.Gate.Discovery;

namespace GradGate.Gate.Files;

/// <summary>
/// The folder report paths are relative to: the root of the git repository that holds the project. The build knows it
/// from SourceLink's SourceRoot items (the SDK adds one with <c>SourceControl="git"</c> for the repository, and one with
/// a <c>NestedRoot</c> for each submodule); without them (the command-line tool, SourceLink switched off) it is the
/// nearest folder above the project with a <c>.git</c> folder or file; outside any repository, the project's folder.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The root, as a full path with its trailing separator.</summary>
    public static string Find(IEnumerable<SourceRoot> sourceRoots, string projectPath)
    {
        var projectDirectory = ProjectDirectory(projectPath);
        var fromSourceLink = sourceRoots
            .Where(root => string.Equals(root.SourceControl, "git", StringComparison.OrdinalIgnoreCase) && root.NestedRoot.Length == 0)
            .Select(root => WithSeparator(Path.GetFullPath(root.LocalPath)))
            .Where(root => Contains(root, projectDirectory))
            .OrderByDescending(root => root.Length)
            .FirstOrDefault();
        return fromSourceLink ?? GitWorkTreeAbove(projectDirectory) ?? projectDirectory;
    }

    private static string ProjectDirectory(string projectPath)
    {
        var full = Path.GetFullPath(projectPath);
        return WithSeparator(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
    }

    /// <summary>A git work tree has a <c>.git</c> folder; a linked worktree or a submodule has a <c>.git</c> file.</summary>
    private static string? GitWorkTreeAbove(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var marker = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return WithSeparator(current.FullName);
            }
        }

        return null;
    }

    private static bool Contains(string root, string directory)
        => directory.StartsWith(root, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string WithSeparator(string directory)
        => directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            || directory.EndsWith(Path.AltDirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? directory
            : directory + Path.DirectorySeparatorChar;
}
