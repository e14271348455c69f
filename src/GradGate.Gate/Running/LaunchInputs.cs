using System.Security.Cryptography;

namespace GradGate.Gate.Running;

/// <summary>
/// What a runner read or may have loaded when it started, as it was then: the contents of the deps.json and
/// runtimeconfig.json the host read, and the size and time of each GradGate assembly in the output folder, which the
/// runner on standby loads from there when they are copied locally (and which the build rewrites when GradGate changes).
/// A runner started before the build compiled the checks serves the build only if none of them changed since.
/// </summary>
internal sealed class LaunchInputs
{
    private readonly IReadOnlyDictionary<string, string> _stamps;

    private LaunchInputs(IReadOnlyDictionary<string, string> stamps) => _stamps = stamps;

    public static LaunchInputs Of(RunnerLaunch launch)
    {
        var stamps = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { launch.DepsFilePath, launch.RuntimeConfigPath }.OfType<string>())
        {
            stamps[file] = ContentHash(file);
        }

        if (Directory.Exists(launch.WorkingDirectory))
        {
            foreach (var assembly in Directory.EnumerateFiles(launch.WorkingDirectory, "GradGate*.dll"))
            {
                var info = new FileInfo(assembly);
                stamps[assembly] = $"{info.Length}@{info.LastWriteTimeUtc.Ticks}";
            }
        }

        return new LaunchInputs(stamps);
    }

    /// <summary>The first file that differs between the two, or null when they are the same.</summary>
    public string? FirstDifference(LaunchInputs later)
        => _stamps.Keys.Union(later._stamps.Keys).OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault(path =>
            !_stamps.TryGetValue(path, out var before) || !later._stamps.TryGetValue(path, out var after) || before != after);

    private static string ContentHash(string path)
    {
        try
        {
            using var sha = SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(File.ReadAllBytes(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Never equal to another reading: a file that could not be read cannot be shown unchanged.
            return "unreadable " + Guid.NewGuid().ToString("N");
        }
    }
}
