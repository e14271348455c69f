using GradGate.Results;
using GradGate.Gate.Running;
using GradGate.Gate.Storage;
using GradGate.Tasks.Tests.Infrastructure;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.Tests;

/// <summary>
/// Both tasks on the fixture assembly with the real runner, started the way the targets start it: with
/// obj/ paths relative to the current folder, as MSBuild passes them.
/// </summary>
[Collection(MsBuildCollection.Name)]
public sealed class EndToEndTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    private FixtureBuild Build => new(_scratch);

    public void Dispose() => _scratch.Dispose();

    /// <summary>ProcessHygieneChecks.OrphanSeconds in the fixture: how long the processes it leaves behind would sleep.</summary>
    private const string FixtureOrphanSeconds = "9711";

    private string ResultsPath => Build.ResultsPath;

    [Fact]
    public void Runs_the_checks_in_the_runner_and_reports_them_at_their_source_lines()
    {
        var (ran, runEngine) = RunChecks("TasksFixture.QuadraticChecks*");

        Assert.True(ran, string.Join("\n", runEngine.Errors.Select(error => error.Message)));
        Assert.Empty(runEngine.Diagnostics);
        var run = Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _));
        Assert.Equal(
            [
                ("TasksFixture.QuadraticChecks.Quadratic", Verdict.Passed),
                ("TasksFixture.QuadraticChecks.Named", Verdict.Passed),
                ("TasksFixture.QuadraticChecks.Skipped", Verdict.Skipped),
                ("TasksFixture.QuadraticChecks.Family[one]", Verdict.Passed),
                ("TasksFixture.QuadraticChecks.Family[two]", Verdict.Passed),
                ("TasksFixture.QuadraticChecks+Nested.Inner", Verdict.Passed),
            ],
            run.Checks.Select(check => (check.Id, check.Verdict)));
        Assert.All(run.Checks.Where(check => check.MethodName == "Family"), check => Assert.Equal(TestAssets.MarkedLine("Family"), check.Source!.Line));
        Assert.Equal("Quadratic, named", run.Checks[1].Name);

        var (reported, reportEngine) = Report();

        Assert.True(reported);
        Assert.Empty(reportEngine.Diagnostics);
        Assert.StartsWith("GradGate: 6 checks, 5 passed, 1 skipped in ", reportEngine.Events[^1].Message, StringComparison.Ordinal);
    }

    /// <remarks>Two at a time, the first process dies with two checks in flight; the rest run one at a time and name each culprit.</remarks>
    [Fact]
    public void A_check_that_ends_the_runner_process_is_named_at_its_line_and_the_others_still_run()
    {
        var (ran, runEngine) = RunChecks("*.FailsFast;*.ExitsQuietly;*.OverflowsTheStack;*.Quadratic", maxParallelChecks: "2");

        Assert.True(ran, string.Join("\n", runEngine.Errors.Select(error => error.Message)));
        Assert.Contains(runEngine.Messages, message => message.Message.Contains("running the unfinished ones again one at a time", StringComparison.Ordinal));
        var run = Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _));
        var checks = run.Checks.ToDictionary(check => check.MethodName);
        Assert.Equal(Verdict.Passed, checks["Quadratic"].Verdict);
        var failFast = Assert.Single(checks["FailsFast"].Findings);
        Assert.Equal((Verdict.Error, DiagnosticCodes.RunnerCrashed), (checks["FailsFast"].Verdict, failFast.Code));
        Assert.Contains("TasksFixture fails fast on purpose", failFast.Message, StringComparison.Ordinal);
        var exit = Assert.Single(checks["ExitsQuietly"].Findings);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, exit.Code);
        Assert.Contains("exit code 0", exit.Message, StringComparison.Ordinal);
        var overflow = Assert.Single(checks["OverflowsTheStack"].Findings);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, overflow.Code);
        Assert.Contains("Stack overflow.", overflow.Message, StringComparison.Ordinal);
        Assert.Contains("at TasksFixture.FaultChecks.Recurse(Int32)", overflow.Message, StringComparison.Ordinal);

        var (reported, reportEngine) = Report();

        Assert.False(reported);
        Assert.Equal(3, reportEngine.Errors.Count());
        Assert.All(reportEngine.Errors, error =>
        {
            Assert.Equal((DiagnosticCodes.RunnerCrashed, TestAssets.FixtureFaultsSource), (error.Code!, Path.GetFullPath(error.File!)));
            Assert.DoesNotContain('\n', error.Message);
        });
        Assert.StartsWith("GradGate: 4 checks, 1 passed, 3 errored (FaultChecks.FailsFast: GG0011) in ", reportEngine.Events[^1].Message, StringComparison.Ordinal);
    }

    /// <remarks>
    /// One at a time, the quadratic check waits behind the hung one and runs in a second runner; side by side, it
    /// finishes in the first while the hung one times out.
    /// </remarks>
    [Theory]
    [InlineData("1", true)]
    [InlineData("2", false)]
    public void A_hung_check_times_out_in_the_runner_and_the_other_check_still_runs(string maxParallelChecks, bool needsSecondRunner)
    {
        var (ran, _) = RunChecks("*.Hangs;*.Quadratic", timeoutSeconds: "1", maxParallelChecks: maxParallelChecks);

        Assert.True(ran);
        var checks = Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _)).Checks.ToDictionary(check => check.MethodName);
        Assert.Equal(DiagnosticCodes.Timeout, Assert.Single(checks["Hangs"].Findings).Code);
        Assert.Equal(Verdict.Passed, checks["Quadratic"].Verdict);
        Assert.Equal(needsSecondRunner, File.Exists(_scratch.File("obj/gradgate/events.2.jsonl")));
    }

    /// <remarks>Everything but the clock: durations and the start time are blanked on both sides.</remarks>
    [Fact]
    public void Checks_run_four_at_a_time_give_exactly_the_results_of_checks_run_one_after_another()
    {
        const string filter = "TasksFixture.QuadraticChecks*;TasksFixture.WrongChecks*";
        Assert.True(RunChecks(filter, maxParallelChecks: "1").Succeeded);
        var oneAtATime = Build.ComparableResults();

        Assert.True(RunChecks(filter, maxParallelChecks: "4").Succeeded);
        var fourAtATime = Build.ComparableResults();

        Assert.Contains("\"verdict\": \"failed\"", oneAtATime, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"error\"", oneAtATime, StringComparison.Ordinal);
        Assert.Equal(oneAtATime, fourAtATime);
    }

    [Fact]
    public async Task Cancelling_the_build_stops_the_runner_and_stores_no_results()
    {
        var engine = new RecordingBuildEngine();
        var task = Build.Run(engine, "*.Hangs", timeoutSeconds: "600");
        var execution = Task.Run(task.Execute);
        var events = _scratch.File("obj/gradgate/events.jsonl");
        Assert.True(
            SpinWait.SpinUntil(() => File.Exists(events) && File.ReadAllText(events).Contains("\"started\"", StringComparison.Ordinal), TimeSpan.FromMinutes(1)),
            "The runner never started the hanging check.");

        task.Cancel();

        Assert.False(await execution.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.False(File.Exists(ResultsPath));
        Assert.Contains(engine.Messages, message => message.Message.Contains("cancelled", StringComparison.Ordinal));
    }

    /// <remarks>
    /// SIGTERM, as a CI agent or a machine shutting down sends it; a terminal's Ctrl-C (SIGINT) ends the same way when the
    /// build does not cancel first. The runner's death is nobody's check's doing.
    /// </remarks>
    [Fact]
    public void A_runner_stopped_from_outside_by_a_signal_blames_no_check_and_stores_nothing()
    {
        var (ran, engine) = RunChecks("*.IsStoppedFromOutside;*.Quadratic", maxParallelChecks: "1");

        Assert.False(ran);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.RunInterrupted, error.Code);
        Assert.StartsWith("The GradGate runner was stopped from outside the build by SIGTERM (exit code 143) while it ran TasksFixture.ProcessHygieneChecks.IsStoppedFromOutside", error.Message, StringComparison.Ordinal);
        Assert.Contains("the next build runs the checks again", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ResultsPath));
    }

    [Fact]
    public void Processes_a_check_starts_and_leaves_running_are_ended_with_the_runner_even_in_a_session_of_their_own()
    {
        var (ran, engine) = RunChecks("*.StartsProcesses");

        Assert.True(ran, string.Join("\n", engine.Errors.Select(error => error.Message)));
        Assert.Contains(engine.Messages, message => message.Message.StartsWith("GradGate: ended 2 processes that the checks had started", StringComparison.Ordinal));
        Assert.Empty(ProcessList.WithCommandLine("sleep", FixtureOrphanSeconds));
        Assert.Equal(Verdict.Passed, Assert.Single(Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _)).Checks).Verdict);
    }

    [Fact]
    public void A_runner_that_cannot_exit_after_its_last_check_is_stopped_with_one_message_and_no_result_is_lost()
    {
        var (ran, engine) = RunChecks("*.BlocksProcessExit;*.Quadratic");

        Assert.True(ran, string.Join("\n", engine.Errors.Select(error => error.Message)));
        var notice = Assert.Single(engine.Messages, message => message.Message.Contains("had finished every check", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.High, notice.Importance);
        Assert.Contains("so GradGate stopped it. No result was lost.", notice.Message, StringComparison.Ordinal);
        var run = Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _));
        Assert.Equal([Verdict.Passed, Verdict.Passed], run.Checks.Select(check => check.Verdict));
        Assert.Empty(run.RunFindings);
    }

    [Fact]
    public void A_check_that_reads_raw_standard_input_gets_its_end_at_once_and_passes()
    {
        var (ran, _) = RunChecks("*.ReadsRawStandardInput", timeoutSeconds: "20");

        Assert.True(ran);
        Assert.Equal(Verdict.Passed, Assert.Single(Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _)).Checks).Verdict);
    }

    [Fact]
    public void The_runners_command_line_is_in_the_log_at_detailed_verbosity()
    {
        var (_, engine) = RunChecks("*.Quadratic");

        var started = Assert.Single(engine.Messages, message => message.Message.StartsWith("GradGate: running 1 check in ", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.Low, started.Importance);
        Assert.Contains($" exec --depsfile {Path.ChangeExtension(TestAssets.FixtureAssembly, ".deps.json")} --runtimeconfig ", started.Message, StringComparison.Ordinal);
        Assert.Contains(" --request ", started.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runner_gets_the_gates_tiering_delay_unless_the_build_sets_one()
    {
        Assert.True(
            RunnerTiering.DelayFor(Environment.GetEnvironmentVariable) is not null,
            $"This test needs the build's own {RunnerTiering.Variable} unset (RunnerTieringTests cover a build that sets it).");

        var (ran, engine) = RunChecks("*.SeesTheTieringDelay");

        Assert.True(ran);
        var check = Assert.Single(Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _)).Checks);
        Assert.True(check.Verdict == Verdict.Passed, string.Join(" ", check.Findings.Select(finding => finding.Message)));
        var environment = Assert.Single(engine.Messages, message => message.Message.StartsWith("GradGate: the runner's environment adds ", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.Low, environment.Importance);
        Assert.Contains($" {RunnerTiering.Variable}=0x10", environment.Message, StringComparison.Ordinal);
    }

    private (bool Succeeded, RecordingBuildEngine Engine) RunChecks(string filter, string timeoutSeconds = "30", string? maxParallelChecks = null)
    {
        var engine = new RecordingBuildEngine();
        var task = Build.Run(engine, filter, timeoutSeconds);
        task.MaxParallelChecks = maxParallelChecks;
        return (task.Execute(), engine);
    }

    private (bool Succeeded, RecordingBuildEngine Engine) Report()
    {
        var engine = new RecordingBuildEngine();
        var task = new ReportGradientChecks { BuildEngine = engine, ResultsPath = ResultsPath, ProjectPath = TestAssets.FixtureProject };
        return (task.Execute(), engine);
    }
}
