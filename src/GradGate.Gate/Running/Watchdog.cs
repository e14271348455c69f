using System.Diagnostics;

namespace GradGate.Gate.Running;

/// <summary>
/// Measures how long the runner has gone without progress. The runner restarts its per-check timeout with
/// every result it writes (each member of a family gets the full timeout), so silence, not total time, is
/// what shows it is stuck.
/// </summary>
internal sealed class Watchdog
{
    private readonly TimeSpan _idleLimit;
    private readonly Func<long> _progress;
    private readonly Stopwatch _sinceProgress = Stopwatch.StartNew();
    private long _lastProgress;

    public Watchdog(TimeSpan idleLimit, Func<long> progress)
    {
        _idleLimit = idleLimit;
        _progress = progress;
        _lastProgress = progress();
    }

    /// <summary>How long until the watchdog bites, counted from the last progress seen; checks for progress first.</summary>
    public TimeSpan TimeLeft()
    {
        var current = _progress();
        if (current != _lastProgress)
        {
            _lastProgress = current;
            _sinceProgress.Restart();
        }

        return _idleLimit - _sinceProgress.Elapsed;
    }
}
