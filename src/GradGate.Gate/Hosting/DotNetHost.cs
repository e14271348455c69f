using System.Runtime.InteropServices;

namespace GradGate.Gate.Hosting;

/// <summary>Finds the dotnet host (muxer) that starts the runner.</summary>
internal static class DotNetHost
{
    /// <summary>
    /// The host MSBuild runs under (DOTNET_HOST_PATH, passed in by the targets) when given, else the first
    /// <c>dotnet</c> on PATH; null when neither exists.
    /// </summary>
    public static string? Find(string? dotNetHostPath, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(dotNetHostPath))
        {
            return File.Exists(dotNetHostPath) ? Path.GetFullPath(dotNetHostPath) : null;
        }

        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        return (searchPath ?? "")
            .Split([Path.PathSeparator], StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory.Trim().Trim('"'), executable))
            .FirstOrDefault(File.Exists);
    }
}
