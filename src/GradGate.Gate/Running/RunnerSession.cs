using System.Globalization;
using System.Text;
using GradGate.Results;
using GradGate.Gate.Discovery;
using GradGate.Reports;

namespace GradGate.Gate.Running;

/// <summary>
/// Drives runner processes until every requested check has a result: each process gets a request for the
/// checks still pending and its own events file, whose growth the watchdog takes as progress.
/// </summary>
internal sealed class RunnerSession
{
    /// <summary>Allowance on top of the per-check timeout: for the host to start and load the assembly, and for the runner to write its result.</summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a runner stopped by a signal waits for the build's own cancellation: a terminal's Ctrl-C reaches the
    /// build and any process still in its group at the same moment, and the build may hear of it a little later.
    /// </summary>
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(2);

    private readonly RunnerLaunch _launch;
    private readonly string _workDirectory;
    private readonly Action<string> _detail;
    private readonly Action<string> _notice;
    private readonly Action<RunnerEvent>? _progress;
    private RunnerStandby? _standby;

    /// <param name="workDirectory">obj/.../gradgate/: where the requests and event streams go.</param>
    /// <param name="detail">Logs what only detailed verbosity shows: the runner's command line and output.</param>
    /// <param name="notice">Logs what every build log shows.</param>
    /// <param name="progress">Hears each runner event as it is read, while the checks run; null when nobody listens.</param>
    /// <param name="standby">
    /// A runner this build started on standby while it compiled, which is the first process when it fits the launch
    /// (and is dismissed when it does not). Disposing it stays the caller's part. Null starts every process anew.
    /// </param>
    public RunnerSession(
        RunnerLaunch launch,
        string workDirectory,
        Action<string> detail,
        Action<string> notice,
        Action<RunnerEvent>? progress = null,
        RunnerStandby? standby = null)
    {
        _standby = standby;
        _progress = progress;
        _launch = launch;
        _workDirectory = workDirectory;
        _detail = detail;
        _notice = notice;
    }

    /// <summary>The longest the runner may write nothing to its events file: its own timeout would have ended a check by then.</summary>
    public static TimeSpan IdleLimit(double timeoutSeconds) => TimeSpan.FromSeconds(timeoutSeconds) + Allowance;

    /// <summary>Runs the collector's pending checks until it is finished, the build is cancelled, or something stops the runner from outside.</summary>
    /// <param name="maxParallelChecks">How many checks a runner may run at the same time, until the collector asks for one at a time.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    /// <exception cref="IOException">A request could not be written or a stale events file removed.</exception>
    public SessionEnd Run(string assemblyPath, RunDefaults defaults, int maxParallelChecks, ResultCollector collector, CancellationToken cancellation)
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

            var standby = ClaimStandby(pending.Count, requestPath);
            var events = new RunnerEventReader(eventsPath, _progress);
            var exit = RunnerProcess.Run(_launch, requestPath, IdleLimit(defaults.TimeoutSeconds), events, cancellation, _detail, standby);
            if (exit.Kind == RunnerExitKind.Cancelled || cancellation.IsCancellationRequested)
            {
                return SessionEnd.Cancelled;
            }

            ReportStrays(exit);
            if (events.Done is { } done)
            {
                if (exit.Kind == RunnerExitKind.StoppedAfterDone)
                {
                    _notice(
                        $"GradGate: the checks' process had finished every check but was still running {ExitGraceText} later (code the checks "
                        + "ran keeps it alive, such as a ProcessExit handler that does not return), so GradGate stopped it. No result was lost.");
                }

                exit = exit with { Kind = RunnerExitKind.Exited, ExitCode = done.ExitCode };
            }
            else if (Interruption.SignalOf(exit.ExitCode) is { } signal)
            {
                return cancellation.WaitHandle.WaitOne(CancellationGrace) ? SessionEnd.Cancelled : Interrupted(signal, exit, events.Events);
            }

            var wasRunningOneAtATime = collector.RunsOneCheckAtATime;
            collector.Absorb(events.Events, exit);
            ExplainNextProcess(exit, collector, wasRunningOneAtATime);
        }

        return SessionEnd.Finished;
    }

    /// <summary>
    /// The runner started on standby, when there is one and it fits this launch; null to start one. Either way the
    /// detailed log says which process runs the checks, and why not the one on standby.
    /// </summary>
    private StartedRunner? ClaimStandby(int checkCount, string requestPath)
    {
        var checks = Figures.Count(checkCount, "check", "checks");
        var standby = _standby;
        _standby = null;
        if (standby is not null)
        {
            if (standby.Claim(_launch, out var whyNot) is { } runner)
            {
                _detail(
                    $"GradGate: running {checks} in the runner started while the project compiled, \"{_launch.HostPath}\" {standby.CommandLine}, "
                    + $"with the request '{requestPath}' on its input");
                DetailEnvironment();
                return runner;
            }

            _detail($"GradGate: the runner started while the project compiled cannot run the checks, since {whyNot}; starting another.");
        }

        _detail($"GradGate: running {checks} in \"{_launch.HostPath}\" {_launch.CommandLine(requestPath)}");
        DetailEnvironment();
        return null;
    }

    /// <summary>Says at detailed verbosity which variables the runner gets on top of the build's, so that its command line can be run again by hand.</summary>
    private void DetailEnvironment()
    {
        if (_launch.EnvironmentText() is { Length: > 0 } variables)
        {
            _detail($"GradGate: the runner's environment adds {variables}");
        }
    }

    /// <summary>Says at detailed verbosity why another runner process runs the checks still pending, where the reason is not a crash finding.</summary>
    private void ExplainNextProcess(RunnerExit exit, ResultCollector collector, bool wasRunningOneAtATime)
    {
        var ranOutOfMemory = exit.Kind == RunnerExitKind.Exited && exit.ExitCode == RunnerExitCodes.RanOutOfMemory;
        var startsRunningOneAtATime = collector.RunsOneCheckAtATime && !wasRunningOneAtATime;
        if (startsRunningOneAtATime && ranOutOfMemory)
        {
            _detail(
                "GradGate: the checks' heap ran out while several checks ran side by side, so any of them may have starved another; "
                + "running the unfinished ones again one at a time, so that only a check that runs out of memory alone is named.");
        }
        else if (startsRunningOneAtATime)
        {
            _detail(
                $"GradGate: the runner process ended ({ExitCodeText.Describe(exit.ExitCode)}) while several checks ran side by side; "
                + "running the unfinished ones again one at a time to tell which one ends it.");
        }
        else if (ranOutOfMemory && !collector.IsFinished)
        {
            _detail(
                $"GradGate: a check ran out of memory, so its runner process ended after it; running the "
                + $"{Figures.Count(collector.Pending.Count, "check", "checks")} left in a new process, whose heap is whole.");
        }
    }

    private static string ExitGraceText => RunnerProcess.ExitGrace.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    /// <summary>A runner stopped by a signal from outside the build: no check is to blame, and the run has no verdict to store.</summary>
    private static SessionEnd Interrupted(string signal, RunnerExit exit, IReadOnlyList<RunnerEvent> events)
    {
        var inFlight = CheckIdsOf(events, RunnerEvent.Started).Except(CheckIdsOf(events, RunnerEvent.Completed)).ToList();
        var running = inFlight.Count == 0 ? "" : $" while it ran {string.Join(", ", inFlight)}";
        return new SessionEnd(
            SessionEndKind.Interrupted,
            $"The GradGate runner was stopped from outside the build by {signal} ({ExitCodeText.Describe(exit.ExitCode)}){running}, so this "
            + "build has no verdict on the gradients. Nothing was stored: the next build runs the checks again. If something on the "
            + "build machine stops long-running processes, exempt the build or raise its limit.");
    }

    private static IEnumerable<string?> CheckIdsOf(IReadOnlyList<RunnerEvent> events, string kind)
        => events.Where(runnerEvent => runnerEvent.Event == kind).Select(runnerEvent => runnerEvent.CheckId);

    private void ReportStrays(RunnerExit exit)
    {
        if (exit.StrayProcessesEnded > 0)
        {
            _notice(
                $"GradGate: ended {Figures.Count(exit.StrayProcessesEnded, "process", "processes")} that the checks had started and left running, so that none "
                + "outlives the build.");
        }

        if (exit.OutputLeftOpen)
        {
            _notice("GradGate: a process the checks started still holds the runner's output open; GradGate stopped waiting for it.");
        }
    }

    private string AttemptFile(string name, int attempt, string extension)
    {
        var suffix = attempt == 1 ? "" : "." + attempt.ToString(CultureInfo.InvariantCulture);
        return Path.Combine(_workDirectory, $"{name}{suffix}.{extension}");
    }
}
