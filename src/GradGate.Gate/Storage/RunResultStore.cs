using System.Text;
using System.Text.Json;
using GradGate.Results;
using GradGate.Gate.Files;

namespace GradGate.Gate.Storage;

/// <summary>
/// The run document kept between builds (obj/.../gradgate/results.json): written whole or not at all, and
/// read back by the report task on every build, including builds that skipped the checks as up to date.
/// </summary>
internal static class RunResultStore
{
    public const int SupportedSchemaVersion = 1;

    /// <summary>Writes a temporary file beside <paramref name="path"/>, then moves it over, so a reader never sees half a document.</summary>
    public static void Write(string path, RunResult run)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, ResultJson.Serialize(run), new UTF8Encoding(false));
        if (File.Exists(fullPath))
        {
            File.Replace(temporary, fullPath, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temporary, fullPath);
        }
    }

    /// <summary>The stored run, or null with <paramref name="problem"/> saying what is wrong with the file.</summary>
    public static RunResult? Read(string path, out string? problem) => Read(path, content: null, out problem);

    /// <summary>
    /// The stored run from <paramref name="content"/>, the file's bytes as the caller already read them (so that what it
    /// hashed is what is parsed), or from the file when null; null with <paramref name="problem"/> saying what is wrong.
    /// </summary>
    public static RunResult? Read(string path, byte[]? content, out string? problem)
    {
        if (content is null && !File.Exists(path))
        {
            problem = $"the results of the last GradGate run ('{path}') do not exist";
            return null;
        }

        try
        {
            var run = ResultJson.Deserialize<RunResult>(Encoding.UTF8.GetString(content ?? SharedFile.ReadAllBytes(path)));
            problem = run switch
            {
                null => $"the results of the last GradGate run ('{path}') are empty",
                { SchemaVersion: not SupportedSchemaVersion } => $"the results of the last GradGate run ('{path}') have schema version "
                    + $"{run.SchemaVersion}, but this GradGate reads version {SupportedSchemaVersion}",
                _ => null,
            };
            return problem is null ? run : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            problem = $"the results of the last GradGate run ('{path}') cannot be read: {exception.Message}";
            return null;
        }
    }
}
