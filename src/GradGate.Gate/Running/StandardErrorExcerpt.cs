namespace GradGate.Gate.Running;

/// <summary>
/// Keeps the first and the last lines of a process's standard error, however much it writes: the first
/// carry the headline (<c>Stack overflow.</c>, an unhandled exception), the last where it ended. Stack
/// frames of the runtime and of the runner are left out, so the lines kept show the user's own frames.
/// </summary>
internal sealed class StandardErrorExcerpt
{
    public const string Omission = "...";

    private static readonly string[] InfrastructureFrames = ["at System.", "at Microsoft.", "at GradGate.Runner.", "at GradGate.Engine."];

    private readonly int _headLength;
    private readonly int _tailLength;
    private readonly List<string> _head = [];
    private readonly Queue<string> _tail = new();
    private readonly object _gate = new();
    private bool _omitted;

    public StandardErrorExcerpt(int headLength = 4, int tailLength = 12)
    {
        _headLength = headLength;
        _tailLength = tailLength;
    }

    public void Add(string line)
    {
        var trimmed = line.TrimStart();
        if (InfrastructureFrames.Any(frame => trimmed.StartsWith(frame, StringComparison.Ordinal)))
        {
            return;
        }

        lock (_gate)
        {
            if (_head.Count < _headLength)
            {
                _head.Add(line);
                return;
            }

            _tail.Enqueue(line);
            if (_tail.Count > _tailLength)
            {
                _tail.Dequeue();
                _omitted = true;
            }
        }
    }

    /// <summary>The kept lines in order, with <see cref="Omission"/> where lines were dropped; blank lines left out.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            var lines = new List<string>(_head);
            if (_omitted)
            {
                lines.Add(Omission);
            }

            lines.AddRange(_tail);
            return lines.Where(line => line.Trim().Length > 0).ToList();
        }
    }
}
