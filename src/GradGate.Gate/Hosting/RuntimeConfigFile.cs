using System.Text;
using System.Text.Json;

namespace GradGate.Gate.Hosting;

/// <summary>
/// Writes the minimal runtimeconfig.json a class library lacks, so <c>dotnet exec</c> can start the runner
/// in the library's dependency context: <c>{"runtimeOptions":{"tfm":...,"framework":{...}}}</c>.
/// </summary>
internal static class RuntimeConfigFile
{
    public const string FrameworkName = "Microsoft.NETCore.App";

    public static string Render(RuntimeChoice choice)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("runtimeOptions");
            writer.WriteString("tfm", $"net{choice.RequestedVersion.Major}.{choice.RequestedVersion.Minor}");
            if (choice.RollForward is { } rollForward)
            {
                writer.WriteString("rollForward", rollForward);
            }

            writer.WriteStartObject("framework");
            writer.WriteString("name", FrameworkName);
            writer.WriteString("version", $"{choice.RequestedVersion.Major}.{choice.RequestedVersion.Minor}.0");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(string path, RuntimeChoice choice)
        => File.WriteAllText(path, Contents(choice), new UTF8Encoding(false));

    /// <summary>Whether the file at <paramref name="path"/> is exactly what <see cref="Write"/> would write there.</summary>
    public static bool IsWritten(string path, RuntimeChoice choice)
    {
        try
        {
            return File.Exists(path) && File.ReadAllText(path, new UTF8Encoding(false)) == Contents(choice);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Contents(RuntimeChoice choice) => Render(choice) + "\n";
}
