namespace GradGate.Gate.Files;

/// <summary>Reads a file whole while letting others write, replace or delete it: the build must never find it locked by GradGate.</summary>
internal static class SharedFile
{
    public static byte[] ReadAllBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = stream.Read(bytes, read, bytes.Length - read);
            if (count == 0)
            {
                throw new IOException($"'{path}' became shorter while it was being read.");
            }

            read += count;
        }

        return bytes;
    }
}
