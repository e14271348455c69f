using System.Diagnostics.CodeAnalysis;
using System.Text;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Appends <see cref="RunnerEvent"/>s to the events file as compact JSON Lines, each in one write that
/// reaches the operating system before the call returns, so a process that dies keeps every earlier line.
/// The file is never truncated: the task owns it across runner restarts.
/// </summary>
internal sealed class EventStreamWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream _stream;
    private readonly object _gate = new();

    private EventStreamWriter(FileStream stream)
    {
        _stream = stream;
    }

    public static bool TryOpen(string path, [NotNullWhen(true)] out EventStreamWriter? writer, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            var fullPath = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            writer = new EventStreamWriter(new FileStream(fullPath, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 1));
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            writer = null;
            problem = $"cannot open the events file '{path}' for appending: {exception.Message}";
            return false;
        }
    }

    public void Started(string checkId) => Append(new RunnerEvent { Event = RunnerEvent.Started, CheckId = checkId });

    public void Finished(string checkId, CheckResult result) => Append(new RunnerEvent { Event = RunnerEvent.Finished, CheckId = checkId, Result = result });

    public void Completed(string checkId) => Append(new RunnerEvent { Event = RunnerEvent.Completed, CheckId = checkId });

    public void Log(string message) => Append(new RunnerEvent { Event = RunnerEvent.Log, Message = message });

    public void Done(int exitCode) => Append(new RunnerEvent { Event = RunnerEvent.Done, ExitCode = exitCode });

    public void Dispose() => _stream.Dispose();

    private void Append(RunnerEvent runnerEvent)
    {
        var line = Utf8WithoutMark.GetBytes(ResultJson.Serialize(runnerEvent, indented: false) + "\n");
        lock (_gate)
        {
            _stream.Write(line);
            _stream.Flush();
        }
    }
}
