namespace GradGate.Gate.Hosting;

/// <summary>The Microsoft.NETCore.App versions installed beside a dotnet host: the folder names under <c>shared/Microsoft.NETCore.App</c>.</summary>
internal static class InstalledRuntimes
{
    /// <summary>The versions, or null when the host has no <c>shared</c> folder beside it (a symbolic link to a host elsewhere, say).</summary>
    public static IReadOnlyList<Version>? Beside(string dotNetHostPath)
    {
        var hostDirectory = Path.GetDirectoryName(Path.GetFullPath(dotNetHostPath));
        if (hostDirectory is null)
        {
            return null;
        }

        var frameworkDirectory = Path.Combine(hostDirectory, "shared", "Microsoft.NETCore.App");
        if (!Directory.Exists(frameworkDirectory))
        {
            return null;
        }

        return Directory.GetDirectories(frameworkDirectory)
            .Select(directory => ParseFolderName(Path.GetFileName(directory)))
            .OfType<Version>()
            .ToList();
    }

    /// <summary><c>10.0.12</c>, or the release part of a prerelease such as <c>11.0.0-preview.1.25080.5</c>.</summary>
    public static Version? ParseFolderName(string name)
    {
        var release = name.Split(['-'], 2)[0];
        return Version.TryParse(release, out var version) ? version : null;
    }
}
