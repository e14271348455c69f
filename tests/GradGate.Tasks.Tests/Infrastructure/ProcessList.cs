namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>The processes running on the machine, read from /proc (Linux).</summary>
internal static class ProcessList
{
    /// <summary>The ids of the processes whose command line is exactly <paramref name="arguments"/>.</summary>
    public static IReadOnlyList<int> WithCommandLine(params string[] arguments)
    {
        var commandLine = string.Join('\0', arguments) + '\0';
        return Directory.EnumerateDirectories("/proc")
            .Select(directory => (Id: int.TryParse(Path.GetFileName(directory), out var id) ? id : 0, Directory: directory))
            .Where(process => process.Id > 0 && ReadOrEmpty(Path.Combine(process.Directory, "cmdline")) == commandLine)
            .Select(process => process.Id)
            .ToList();
    }

    /// <summary>The ids of the processes whose command line holds every one of <paramref name="arguments"/>.</summary>
    public static IReadOnlyList<int> WithArguments(params string[] arguments)
        => Directory.EnumerateDirectories("/proc")
            .Select(directory => (Id: int.TryParse(Path.GetFileName(directory), out var id) ? id : 0, Directory: directory))
            .Where(process => process.Id > 0 && ReadOrEmpty(Path.Combine(process.Directory, "cmdline")).Split('\0') is var held && arguments.All(held.Contains))
            .Select(process => process.Id)
            .ToList();

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended while the list was read.
            return "";
        }
    }
}
