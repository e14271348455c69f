namespace GradGate.Gate.Running;

/// <summary>
/// What a child process's event handlers hand to the waiting task thread: standard output lines, that it
/// exited, and that both its output pipes reached their end. Handlers can still fire after the task stopped
/// listening (a grandchild holding a pipe open); once disposed, this ignores them instead of touching
/// disposed wait handles.
/// </summary>
internal sealed class ProcessSignals : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<string> _output = new();
    private readonly AutoResetEvent _outputArrived = new(false);
    private readonly ManualResetEvent _exited = new(false);
    private readonly ManualResetEvent _pipesClosed = new(false);
    private int _openPipes = 2;
    private bool _closed;

    public WaitHandle OutputArrived => _outputArrived;

    public WaitHandle Exited => _exited;

    /// <summary>Set when standard output and standard error have both been read to their end.</summary>
    public WaitHandle PipesClosed => _pipesClosed;

    public void AddOutput(string line)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _output.Enqueue(line);
                _outputArrived.Set();
            }
        }
    }

    public void MarkExited()
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _exited.Set();
            }
        }
    }

    public void MarkPipeClosed()
    {
        lock (_gate)
        {
            _openPipes--;
            if (!_closed && _openPipes == 0)
            {
                _pipesClosed.Set();
            }
        }
    }

    public IReadOnlyList<string> TakeOutput()
    {
        lock (_gate)
        {
            var lines = _output.ToList();
            _output.Clear();
            return lines;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
        }

        _outputArrived.Dispose();
        _exited.Dispose();
        _pipesClosed.Dispose();
    }
}
