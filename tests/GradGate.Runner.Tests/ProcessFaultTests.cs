using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class ProcessFaultTests
{
    [Fact]
    public async Task A_hung_check_is_reported_as_timed_out_and_the_runner_quits_before_the_next_check()
    {
        var request = FixtureChecks.Request(new RunDefaults { TimeoutSeconds = 1 }, "LossChecks.Skipped", "ProcessChecks.Hangs", "BrokenChecks.Throws");

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.AbandonedHungCheck, outcome.ExitCode);
        Assert.Equal([FixtureChecks.Id("LossChecks.Skipped"), FixtureChecks.Id("ProcessChecks.Hangs")], outcome.Started);
        Assert.Equal(Verdict.Skipped, outcome.SingleResult(FixtureChecks.Id("LossChecks.Skipped")).Verdict);
        var timedOut = outcome.SingleResult(FixtureChecks.Id("ProcessChecks.Hangs"));
        Assert.Equal(Verdict.Error, timedOut.Verdict);
        var finding = Assert.Single(timedOut.Findings);
        Assert.Equal(DiagnosticCodes.Timeout, finding.Code);
        Assert.Contains("within the timeout of 1 s", finding.Message);
        Assert.Contains("GradGateTimeout", finding.Message);
        Assert.DoesNotContain(outcome.Logs, log => log.StartsWith("completed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_timeout_applies_to_each_member_of_a_family_and_names_the_member_that_hung()
    {
        var checkId = FixtureChecks.Id("ProcessChecks.SecondMemberHangs");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(new RunDefaults { TimeoutSeconds = 2 }, "ProcessChecks.SecondMemberHangs"));

        Assert.Equal(RunnerExitCodes.AbandonedHungCheck, outcome.ExitCode);
        var results = outcome.ResultsOf(checkId).ToList();
        Assert.Equal([$"{checkId}[0]", $"{checkId}[1]"], results.Select(result => result.Id));
        Assert.Equal(Verdict.Passed, results[0].Verdict);
        Assert.Equal(DiagnosticCodes.Timeout, Assert.Single(results[1].Findings).Code);
    }

    [Fact]
    public async Task A_check_that_runs_out_of_memory_is_an_error_and_the_runner_quits_before_the_next_check()
    {
        var request = FixtureChecks.Request("LossChecks.CorrectGradient", "ProcessChecks.RunsOutOfMemory", "LossChecks.DoubledGradient");

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.RanOutOfMemory, outcome.ExitCode);
        string[] ran = [FixtureChecks.Id("LossChecks.CorrectGradient"), FixtureChecks.Id("ProcessChecks.RunsOutOfMemory")];
        Assert.Equal(ran, outcome.Started);
        Assert.Equal(ran, outcome.Completed);
        Assert.Equal(Verdict.Passed, outcome.SingleResult(ran[0]).Verdict);
        var finding = outcome.SingleFinding(ran[1]);
        Assert.Equal(DiagnosticCodes.CheckThrew, finding.Code);
        Assert.Contains("System.OutOfMemoryException", finding.Message);
        Assert.Contains(outcome.Logs, log => log.StartsWith("stopped after a check ran out of memory", StringComparison.Ordinal) && log.Contains("2 of 3 checks ran"));
    }

    [Fact]
    public async Task A_check_that_catches_its_own_out_of_memory_still_passes_and_the_runner_still_quits_before_the_next_check()
    {
        var checkId = FixtureChecks.Id("ProcessChecks.RecoversFromOutOfMemory");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("ProcessChecks.RecoversFromOutOfMemory", "LossChecks.CorrectGradient"));

        Assert.Equal(RunnerExitCodes.RanOutOfMemory, outcome.ExitCode);
        Assert.Equal([checkId], outcome.Started);
        Assert.Equal(Verdict.Passed, outcome.SingleResult(checkId).Verdict);
    }

    [Fact]
    public async Task A_last_check_that_runs_out_of_memory_leaves_nothing_for_another_runner()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.CorrectGradient", "ProcessChecks.RunsOutOfMemory"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal(DiagnosticCodes.CheckThrew, outcome.SingleFinding(FixtureChecks.Id("ProcessChecks.RunsOutOfMemory")).Code);
        Assert.Contains(outcome.Logs, log => log == "completed 2 checks");
    }

    [Theory]
    [InlineData("ProcessChecks.FailsFast")]
    [InlineData("ProcessChecks.OverflowsStack")]
    public async Task A_check_that_kills_the_process_leaves_its_start_without_a_result_and_a_failed_exit(string killer)
    {
        var request = FixtureChecks.Request("LossChecks.Skipped", killer, "BrokenChecks.Throws");

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.NotEqual(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal([FixtureChecks.Id("LossChecks.Skipped"), FixtureChecks.Id(killer)], outcome.Started);
        Assert.Single(outcome.ResultsOf(FixtureChecks.Id("LossChecks.Skipped")));
        Assert.Empty(outcome.ResultsOf(FixtureChecks.Id(killer)));
        Assert.DoesNotContain(outcome.Logs, log => log.StartsWith("completed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unhandled_exception_on_a_thread_of_the_check_is_named_before_the_process_dies()
    {
        var checkId = FixtureChecks.Id("ProcessChecks.ThrowsOnItsOwnThread");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("ProcessChecks.ThrowsOnItsOwnThread", "BrokenChecks.Throws"));

        Assert.NotEqual(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal([checkId], outcome.Started);
        Assert.Empty(outcome.Results);
        var lastWord = $"an unhandled exception ends the runner process while check '{checkId}' runs: System.InvalidOperationException: A worker thread of the check failed.";
        Assert.Contains(outcome.Logs, log => log.StartsWith(lastWord, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_that_exits_with_zero_leaves_its_start_without_a_result_and_says_the_process_exited()
    {
        var request = FixtureChecks.Request("ProcessChecks.ExitsWithZero", "BrokenChecks.Throws");

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal([FixtureChecks.Id("ProcessChecks.ExitsWithZero")], outcome.Started);
        Assert.Empty(outcome.Results);
        Assert.Contains(outcome.Logs, log => log.Contains($"while check '{FixtureChecks.Id("ProcessChecks.ExitsWithZero")}' runs", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Logs, log => log.StartsWith("completed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Console_output_of_a_check_goes_to_standard_output_and_never_into_the_events()
    {
        var checkId = FixtureChecks.Id("ProcessChecks.FloodsConsole");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("ProcessChecks.FloodsConsole"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal(Verdict.Passed, outcome.SingleResult(checkId).Verdict);
        Assert.All(outcome.Events.Where(e => e.CheckId is not null), e => Assert.Equal(checkId, e.CheckId));
        Assert.Contains("forged 19999", outcome.StandardOutput);
        Assert.Contains("progress 19999: not a runner diagnostic", outcome.StandardOutput);
        Assert.Equal("", outcome.StandardError);
    }

    [Fact]
    public async Task A_foreground_thread_left_by_a_check_does_not_keep_the_runner_alive()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("ProcessChecks.LeavesForegroundThread"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal(Verdict.Passed, outcome.SingleResult(FixtureChecks.Id("ProcessChecks.LeavesForegroundThread")).Verdict);
        Assert.Contains("completed 1 checks", outcome.Logs);
    }

    [Fact]
    public async Task Process_state_changed_by_a_check_is_restored_before_the_next_check()
    {
        var changer = FixtureChecks.Id("ProcessChecks.ChangesProcessState");

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("ProcessChecks.ChangesProcessState", "ProcessChecks.ReportsProcessState"));

        Assert.Contains(outcome.Logs, log => log.StartsWith($"check '{changer}' changed the current directory", StringComparison.Ordinal));
        var seenByNextCheck = outcome.SingleFinding(FixtureChecks.Id("ProcessChecks.ReportsProcessState")).Message;
        Assert.Contains($"directory='{outcome.WorkingDirectory}' culture='unset' variable='unset'", seenByNextCheck);
    }
}
