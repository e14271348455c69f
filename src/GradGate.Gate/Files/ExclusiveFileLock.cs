using System.Diagnostics;

namespace GradGate.Gate.Files;

/// <summary>
/// A lock between processes: a file opened with no sharing, which the operating system gives to one holder at a time
/// (an exclusive flock on Unix) and releases when the holder disposes it or dies, so a killed build never leaves it held.
/// </summary>
internal sealed class ExclusiveFileLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private ExclusiveFileLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Takes the lock when it is free, else null.</summary>
    public static ExclusiveFileLock? TryTake(string path)
    {
        try
        {
            return new ExclusiveFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>
    /// Waits for the lock, calling <paramref name="whileWaiting"/> with the time waited so far at every retry; null when
    /// <paramref name="cancellation"/> is cancelled first.
    /// </summary>
    /// <exception cref="IOException">The lock file cannot be created, or another process still held it after <paramref name="patience"/>.</exception>
    public static ExclusiveFileLock? Take(string path, TimeSpan patience, CancellationToken cancellation, Action<TimeSpan>? whileWaiting = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (TryTake(path) is { } taken)
            {
                return taken;
            }

            if (waited.Elapsed >= patience)
            {
                throw new IOException($"'{path}' was still locked by another process after {patience.TotalSeconds:0} s.");
            }

            whileWaiting?.Invoke(waited.Elapsed);
            if (cancellation.WaitHandle.WaitOne(RetryInterval))
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
