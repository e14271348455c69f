using System.Globalization;
using System.Text;
using GradGate.Results;
using GradGate.Tasks.Discovery;

namespace GradGate.Tasks.Running;

/// <summary>
/// Drives runner processes until every requested check has a result: each process gets a request for the
/// checks still pending and its own events file, whose growth the watchdog takes as progress.
/// </summary>
internal sealed class RunnerSession
{
    /// <summary>Allowance on top of the per-check timeout: for the host to start and load the assembly, and for the runner to write its result.</summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromSeconds(30);

    private readonly RunnerLaunch _launch;
    private readonly string _workDirectory;
    private readonly Action<string> _onOutputLine;

    /// <param name="workDirectory">obj/.../gradgate/: where the requests and event streams go.</param>
    public RunnerSession(RunnerLaunch launch, string workDirectory, Action<string> onOutputLine)
    {
        _launch = launch;
        _workDirectory = workDirectory;
        _onOutputLine = onOutputLine;
    }

    /// <summary>The longest the runner may write nothing to its events file: its own timeout would have ended a check by then.</summary>
    public static TimeSpan IdleLimit(double timeoutSeconds) => TimeSpan.FromSeconds(timeoutSeconds) + Allowance;

    /// <summary>Runs the collector's pending checks until it is finished; false when the build was cancelled first.</summary>
    /// <param name="maxParallelChecks">How many checks a runner may run at the same time, until the collector asks for one at a time.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    /// <exception cref="IOException">A request could not be written or a stale events file removed.</exception>
    public bool Run(string assemblyPath, RunDefaults defaults, int maxParallelChecks, ResultCollector collector, CancellationToken cancellation)
    {
        for (var attempt = 1; !collector.IsFinished; attempt++)
        {
            var pending = collector.Pending;
            var eventsPath = AttemptFile("events", attempt, "jsonl");
            var requestPath = AttemptFile("request", attempt, "json");
            File.Delete(eventsPath);
            var request = new RunRequest
            {
                AssemblyPath = assemblyPath,
                Checks = pending.Select(check => check.ToRequest()).ToList(),
                Defaults = defaults,
                EventsPath = eventsPath,
                MaxParallelChecks = collector.RunsOneCheckAtATime ? 1 : maxParallelChecks,
            };
            File.WriteAllText(requestPath, ResultJson.Serialize(request), new UTF8Encoding(false));

            var exit = RunnerProcess.Run(
                _launch,
                requestPath,
                IdleLimit(defaults.TimeoutSeconds),
                () => EventsLength(eventsPath),
                cancellation,
                _onOutputLine);
            if (exit.Kind == RunnerExitKind.Cancelled)
            {
                return false;
            }

            var wasRunningOneAtATime = collector.RunsOneCheckAtATime;
            collector.Absorb(ResultJson.ReadEvents(eventsPath), exit);
            if (collector.RunsOneCheckAtATime && !wasRunningOneAtATime)
            {
                _onOutputLine(
                    $"GradGate: the runner process ended ({ExitCodeText.Describe(exit.ExitCode)}) while several checks ran side by side; "
                    + "running the unfinished ones again one at a time to tell which one ends it.");
            }
        }

        return true;
    }

    private static long EventsLength(string eventsPath)
    {
        var events = new FileInfo(eventsPath);
        return events.Exists ? events.Length : 0;
    }

    private string AttemptFile(string name, int attempt, string extension)
    {
        var suffix = attempt == 1 ? "" : "." + attempt.ToString(CultureInfo.InvariantCulture);
        return Path.Combine(_workDirectory, $"{name}{suffix}.{extension}");
    }
}
