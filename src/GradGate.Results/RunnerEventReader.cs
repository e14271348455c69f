using System.Text;
using System.Text.Json;

namespace GradGate.Results;

/// <summary>
/// Reads a runner's JSON Lines event stream while the runner is still appending to it: each call takes the whole lines
/// written since the last one and leaves a line still being written for the next. A line that no call completes (the
/// torn last line of a process that died mid-write) is never returned; every whole line before it is.
/// </summary>
public sealed class RunnerEventReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _path;
    private readonly List<RunnerEvent> _events = [];
    private readonly List<byte> _partialLine = [];
    private readonly Action<RunnerEvent>? _received;

    public RunnerEventReader(string path)
    {
        _path = path;
    }

    /// <param name="path">The events file.</param>
    /// <param name="received">Hears each event as it is read, on the reading thread: a live view of the run, such as a progress line per check.</param>
    public RunnerEventReader(string path, Action<RunnerEvent>? received)
        : this(path)
    {
        _received = received;
    }

    /// <summary>Every event read so far, in the order written.</summary>
    public IReadOnlyList<RunnerEvent> Events => _events;

    /// <summary>How many bytes of the file have been read: it grows whenever the runner writes, which the watchdog takes as progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The runner's <see cref="RunnerEvent.Done"/> event, once read.</summary>
    public RunnerEvent? Done { get; private set; }

    /// <summary>Reads the lines appended since the last call; false when there were none (or no file yet).</summary>
    public bool ReadNew()
    {
        if (!File.Exists(_path))
        {
            return false;
        }

        byte[] appended;
        using (var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.Length <= BytesRead)
            {
                return false;
            }

            stream.Position = BytesRead;
            appended = new byte[stream.Length - BytesRead];
            var read = 0;
            while (read < appended.Length && stream.Read(appended, read, appended.Length - read) is var count and > 0)
            {
                read += count;
            }

            BytesRead += read;
            Array.Resize(ref appended, read);
        }

        var countBefore = _events.Count;
        var lineStart = 0;
        for (var index = 0; index < appended.Length; index++)
        {
            if (appended[index] == (byte)'\n')
            {
                _partialLine.AddRange(new ArraySegment<byte>(appended, lineStart, index - lineStart));
                Parse(Utf8.GetString(_partialLine.ToArray()));
                _partialLine.Clear();
                lineStart = index + 1;
            }
        }

        _partialLine.AddRange(new ArraySegment<byte>(appended, lineStart, appended.Length - lineStart));
        return _events.Count > countBefore;
    }

    private void Parse(string line)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        try
        {
            if (ResultJson.Deserialize<RunnerEvent>(line) is { } parsed)
            {
                _events.Add(parsed);
                Done ??= parsed.Event == RunnerEvent.Done ? parsed : null;
                _received?.Invoke(parsed);
            }
        }
        catch (JsonException)
        {
            // Not a line the runner wrote whole; the lines around it stand.
        }
    }
}
