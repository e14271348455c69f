using System.Runtime.InteropServices;
using System.Text.Json;

namespace GradGate.Gate.Hosting;

/// <summary>
/// Whether a project's deps.json gives the runner GradGate's library precompiled for another platform. The package
/// carries the library precompiled (ReadyToRun) per platform under <c>runtimes/&lt;rid&gt;/</c>, and a build for one runtime
/// identifier takes that platform's copy; built for another platform than the one it runs on (<c>-r win-x64</c> on
/// Linux, <c>-r linux-arm64</c> on an x64 machine), its checks would run here with code the runtime refuses to load
/// (BadImageFormatException). The runner then runs with precompiled code switched off (<c>DOTNET_ReadyToRun=0</c>):
/// every image is loaded as IL, at the cost of compiling the framework too.
/// </summary>
internal static class PrecompiledPlatform
{
    /// <summary>
    /// The platform of GradGate's precompiled library named in the deps.json at <paramref name="depsFilePath"/> when it is
    /// not <paramref name="hostPlatform"/>; null when the deps.json names none (a build for no runtime identifier, whose
    /// host picks its own platform's copy, or a package without precompiled code), names this one, or cannot be read.
    /// </summary>
    public static string? Foreign(string? depsFilePath, string hostPlatform)
    {
        if (depsFilePath is null || !File.Exists(depsFilePath))
        {
            return null;
        }

        try
        {
            using var deps = JsonDocument.Parse(File.ReadAllBytes(depsFilePath));
            var root = deps.RootElement;
            if (!root.TryGetProperty("runtimeTarget", out var runtimeTarget)
                || !runtimeTarget.TryGetProperty("name", out var targetName)
                || targetName.GetString() is not { } name
                || name.IndexOf('/') < 0
                || !root.TryGetProperty("targets", out var targets)
                || !targets.TryGetProperty(name, out var libraries))
            {
                return null;
            }

            return libraries.EnumerateObject()
                .Where(library => library.Name.StartsWith("GradGate/", StringComparison.OrdinalIgnoreCase))
                .SelectMany(library => library.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(asset => asset.Name) : Enumerable.Empty<string>())
                .Select(PlatformOf)
                .FirstOrDefault(platform => platform is not null && !string.Equals(platform, hostPlatform, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// This process's platform as the package names its precompiled folders (<c>linux-x64</c>, <c>osx-arm64</c>,
    /// <c>win-x64</c>): the operating system and processor the runner, started by the same dotnet, runs on.
    /// </summary>
    public static string Host()
    {
        var system = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
            : "linux";
        return system + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
    }

    /// <summary>The platform of an asset path such as <c>runtimes/win-x64/lib/net10.0/GradGate.Engine.dll</c>; null for any other path.</summary>
    private static string? PlatformOf(string assetPath)
    {
        var parts = assetPath.Split('/');
        return parts.Length > 3 && parts[0] == "runtimes" && parts[2] == "lib" ? parts[1] : null;
    }
}
