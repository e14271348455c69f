using System.Text;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Finds paths of the building machine in a file's bytes, written as UTF-8 or as UTF-16 (how metadata strings and PDB names are stored).</summary>
internal static class AbsolutePaths
{
    /// <summary>The folders no packed file may name: the repository, the user's home and the NuGet package cache.</summary>
    public static IReadOnlyList<string> OfThisMachine()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var nugetCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(home, ".nuget", "packages");
        return [RepositoryPaths.Root, home, nugetCache];
    }

    /// <summary>Each of <paramref name="paths"/> (without a trailing separator) that occurs in <paramref name="bytes"/>, with how it was written.</summary>
    public static IReadOnlyList<string> FoundIn(byte[] bytes, IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths.Select(path => path.TrimEnd(Path.DirectorySeparatorChar)).Where(path => path.Length > 1))
        {
            if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(path)) >= 0)
            {
                found.Add($"{path} (UTF-8)");
            }

            if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(path)) >= 0)
            {
                found.Add($"{path} (UTF-16)");
            }
        }

        return found;
    }
}
