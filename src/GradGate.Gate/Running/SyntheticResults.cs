using System.Globalization;
using GradGate.Results;
using GradGate.Gate.Discovery;
using GradGate.Reports;

namespace GradGate.Gate.Running;

/// <summary>
/// The results and run findings the task writes itself: for skipped checks (never sent to the runner), for
/// checks the runner died or hung in, and for a runner that could not run the rest.
/// </summary>
internal static class SyntheticResults
{
    /// <summary>The reason a skipped check gives when its attribute sets <c>Skip = ""</c>: every skipped check says why.</summary>
    public const string NoSkipReason = "Skip is set on its [GradCheck] attribute without a reason";

    public static CheckResult Skipped(DiscoveredCheck check)
    {
        var reason = string.IsNullOrWhiteSpace(check.SkipReason) ? NoSkipReason : check.SkipReason!;
        return Result(check, Verdict.Skipped, new Finding
        {
            Code = DiagnosticCodes.Skipped,
            Severity = Severity.Message,
            Message = $"Skipped by its [GradCheck] attribute: {reason}",
        }, skipReason: reason);
    }

    /// <param name="finishedTargets">How many results of the check (members of its family) arrived before it was interrupted.</param>
    /// <param name="runnerNotes">What the runner logged while the check ran, such as the exit code it saw on its way out.</param>
    public static CheckResult Interrupted(DiscoveredCheck check, RunnerExit exit, int finishedTargets, IReadOnlyList<string> runnerNotes)
    {
        var progress = finishedTargets == 0 ? "" : $" after {finishedTargets} of its targets had finished";
        if (exit.Kind == RunnerExitKind.StoppedByWatchdog)
        {
            return Result(check, Verdict.Error, new Finding
            {
                Code = DiagnosticCodes.Timeout,
                Severity = Severity.Error,
                Message = $"Still running{progress} when GradGate stopped the runner, which had reported nothing for {Seconds(exit.IdleLimit)} "
                    + $"(GradGateTimeout plus {Seconds(RunnerSession.Allowance)}) although its own timeout should have ended the check by then; "
                    + "so it has no result, and "
                    + $"the other checks ran in a new runner process. Look in {check.MethodName} for a loop that never ends or a wait "
                    + "that blocks the whole process, make the check faster, or raise GradGateTimeout.",
            });
        }

        return Result(check, Verdict.Error, new Finding
        {
            Code = DiagnosticCodes.RunnerCrashed,
            Severity = Severity.Error,
            Message = $"The runner process died while running this check{progress} ({ExitCodeText.Describe(exit.ExitCode)}), "
                + "so it has no result; the other checks ran in a new runner process. Look in "
                + $"{check.MethodName} and what it calls for Environment.FailFast, Environment.Exit, unbounded recursion "
                + $"or a native crash.{NotesText(runnerNotes)} {StandardErrorText(exit)}",
        });
    }

    public static Finding RunnerFailed(RunnerExit exit, IReadOnlyCollection<DiscoveredCheck> notRun)
        => RunFinding(
            $"The GradGate runner failed ({ExitCodeText.Describe(exit.ExitCode)}){NotRunText(notRun)}. The results of the checks "
            + $"that ran are kept. {StandardErrorText(exit)}");

    public static Finding NoProgress(RunnerExit exit, IReadOnlyCollection<DiscoveredCheck> notRun)
        => HeapSetupFailed(exit)
            ? RunFinding(
                $"The .NET runtime could not set up its managed heap within GradGateMemoryLimit, so the GradGate runner never started "
                + $"({ExitCodeText.Describe(exit.ExitCode)} is the runtime giving up, not the out-of-memory killer){NotRunText(notRun)}. Raise "
                + $"GradGateMemoryLimit (in megabytes), or set it to 0 for no cap. {StandardErrorText(exit)}")
            : RunFinding(
            $"The GradGate runner ended ({ExitCodeText.Describe(exit.ExitCode)}) without finishing any check{NotRunText(notRun)}. "
            + "If the .NET host could not start it, the message below says why (a missing runtime or an unreadable "
            + $"deps.json or runtimeconfig.json). {StandardErrorText(exit)}");

    /// <summary>The runtime's own words when DOTNET_GCHeapHardLimit leaves it too little heap to start.</summary>
    private static bool HeapSetupFailed(RunnerExit exit)
        => exit.StandardError.Any(line => line.IndexOf("GC heap initialization failed", StringComparison.Ordinal) >= 0);

    private static Finding RunFinding(string message) => new()
    {
        Code = DiagnosticCodes.RunnerCrashed,
        Severity = Severity.Error,
        Message = message,
    };

    private static CheckResult Result(DiscoveredCheck check, Verdict verdict, Finding finding, string? skipReason = null) => new()
    {
        Id = check.Id,
        Name = check.DisplayName,
        ClassName = check.TypeName,
        MethodName = check.MethodName,
        Verdict = verdict,
        Findings = [finding],
        SkipReason = skipReason,
        Source = check.Source,
    };

    private static string NotRunText(IReadOnlyCollection<DiscoveredCheck> notRun)
        => notRun.Count == 0
            ? ""
            : $", so {Figures.Count(notRun.Count, "check was", "checks were")} not run: {string.Join(", ", notRun.Select(check => check.DisplayName))}";

    private static string NotesText(IReadOnlyList<string> runnerNotes)
        => runnerNotes.Count == 0 ? "" : " The runner noted: " + string.Join(" ", runnerNotes.Select(note => note.TrimEnd('.') + "."));

    private static string StandardErrorText(RunnerExit exit)
        => exit.StandardError.Count == 0
            ? "The runner wrote nothing to standard error."
            : "The runner's standard error:\n    " + string.Join("\n    ", exit.StandardError);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
