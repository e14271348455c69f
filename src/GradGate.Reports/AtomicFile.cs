using System.Text;

namespace GradGate.Reports;

/// <summary>
/// Replaces a file in one step: the new content goes to a temporary file beside it, which then takes the
/// target's place. A reader sees the old file or the new one, never half of one, and a write that fails
/// part-way leaves the old file as it was.
/// </summary>
internal static class AtomicFile
{
    private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string contents)
        => Write(path, stream =>
        {
            var bytes = Utf8WithoutBom.GetBytes(contents);
            stream.Write(bytes, 0, bytes.Length);
        });

    public static void Write(string path, Action<Stream> writeContents)
    {
        var fullPath = Path.GetFullPath(path);
        var temporaryPath = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writeContents(stream);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(fullPath))
            {
                File.Replace(temporaryPath, fullPath, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporaryPath, fullPath);
            }
        }
        finally
        {
            // Only still there when writing or replacing failed; the target keeps its previous content.
            if (File.Exists(temporaryPath))
            {
                File.Delete(temporaryPath);
            }
        }
    }
}
