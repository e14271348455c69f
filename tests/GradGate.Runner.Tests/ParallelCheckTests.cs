using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>
/// Checks side by side (RunRequest.MaxParallelChecks), and [GradCheck(Parallel = true)], for which the runner hands the
/// engine a factory for one target per core.
/// </summary>
public sealed class ParallelCheckTests
{
    [Fact]
    public async Task Checks_start_side_by_side_up_to_the_limit_and_each_one_completes_with_its_own_results()
    {
        var request = FixtureChecks.Request("LossChecks.CorrectGradient", "LossChecks.DoubledGradient", "BrokenChecks.Throws");
        request.MaxParallelChecks = 2;

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal(
            [(RunnerEvent.Started, FixtureChecks.Id("LossChecks.CorrectGradient")), (RunnerEvent.Started, FixtureChecks.Id("LossChecks.DoubledGradient"))],
            outcome.Events.Where(e => e.Event != RunnerEvent.Log).Take(2).Select(e => (e.Event, e.CheckId)));
        Assert.Equal(request.Checks.Select(check => check.Id).Order(), outcome.Completed.Order());
        Assert.Equal(Verdict.Passed, outcome.SingleResult(FixtureChecks.Id("LossChecks.CorrectGradient")).Verdict);
        Assert.Equal(Verdict.Failed, outcome.SingleResult(FixtureChecks.Id("LossChecks.DoubledGradient")).Verdict);
        Assert.Equal(Verdict.Error, outcome.SingleResult(FixtureChecks.Id("BrokenChecks.Throws")).Verdict);
    }

    [Fact]
    public async Task When_the_heap_runs_out_beside_another_check_neither_result_stands_and_the_runner_quits_at_once()
    {
        var request = FixtureChecks.Request("ProcessChecks.PassesAfterTwoSeconds", "ProcessChecks.RunsOutOfMemory", "LossChecks.CorrectGradient");
        request.MaxParallelChecks = 2;

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.RanOutOfMemory, outcome.ExitCode);
        Assert.Equal([FixtureChecks.Id("ProcessChecks.PassesAfterTwoSeconds"), FixtureChecks.Id("ProcessChecks.RunsOutOfMemory")], outcome.Started);
        // Left unfinished, so the task runs both again one at a time: the out-of-memory result and the slow pass alike.
        Assert.Empty(outcome.Completed);
        Assert.Empty(outcome.Results);
        Assert.Contains(outcome.Logs, log => log.StartsWith("stopped when the heap ran out", StringComparison.Ordinal) && log.Contains("none is blamed"));
        Assert.DoesNotContain(outcome.Logs, log => log.Contains("is exiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hung_check_times_out_while_the_checks_beside_it_finish_and_the_runner_then_quits()
    {
        var request = FixtureChecks.Request(new RunDefaults { TimeoutSeconds = 1 }, "ProcessChecks.Hangs", "LossChecks.CorrectGradient", "BrokenChecks.Throws");
        request.MaxParallelChecks = 2;

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.AbandonedHungCheck, outcome.ExitCode);
        Assert.Equal(DiagnosticCodes.Timeout, outcome.SingleFinding(FixtureChecks.Id("ProcessChecks.Hangs")).Code);
        Assert.Equal(Verdict.Passed, outcome.SingleResult(FixtureChecks.Id("LossChecks.CorrectGradient")).Verdict);
        Assert.Equal(outcome.Started.Order(), outcome.Completed.Order());
        Assert.Contains(outcome.Logs, log => log.StartsWith("stopped after 1 check(s) timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_that_ends_the_process_beside_another_leaves_a_last_word_naming_both_and_blaming_neither()
    {
        var request = FixtureChecks.Request(new RunDefaults { TimeoutSeconds = 30 }, "ProcessChecks.Hangs", "ProcessChecks.ExitsWithZero");
        request.MaxParallelChecks = 2;

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Empty(outcome.Results);
        Assert.Empty(outcome.Completed);
        var lastWord = Assert.Single(outcome.Logs, log => log.StartsWith("the runner process is exiting", StringComparison.Ordinal));
        Assert.Contains(
            $"while checks '{FixtureChecks.Id("ProcessChecks.Hangs")}', '{FixtureChecks.Id("ProcessChecks.ExitsWithZero")}' run: one of them ended the process",
            lastWord,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parallel_check_gives_exactly_the_figures_of_the_same_check_run_on_one_core()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.InParallel", "LossChecks.InSequence"));

        var parallel = outcome.SingleResult(FixtureChecks.Id("LossChecks.InParallel"));
        var sequential = outcome.SingleResult(FixtureChecks.Id("LossChecks.InSequence"));
        Assert.Equal(Verdict.Passed, parallel.Verdict);
        Assert.Equal(sequential.RelativeError, parallel.RelativeError);
        Assert.Equal(
            sequential.Blocks.Single().Worst.Select(coordinate => (coordinate.Label, coordinate.Analytic, coordinate.Numeric)),
            parallel.Blocks.Single().Worst.Select(coordinate => (coordinate.Label, coordinate.Analytic, coordinate.Numeric)));
        Assert.DoesNotContain(parallel.Findings, finding => finding.Code == DiagnosticCodes.InvalidTarget);
    }

    [Fact]
    public async Task A_parallel_check_whose_method_hands_out_one_shared_array_runs_on_one_core_and_says_why()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.InParallelOverSharedArrays"));

        var result = outcome.SingleResult(FixtureChecks.Id("LossChecks.InParallelOverSharedArrays"));
        Assert.Equal(Verdict.Passed, result.Verdict);
        var fallbacks = result.Findings.Where(finding => finding.Code == DiagnosticCodes.InvalidTarget).ToList();
        if (Environment.ProcessorCount > 1)
        {
            var fallback = Assert.Single(fallbacks);
            Assert.Equal(Severity.Message, fallback.Severity);
            Assert.Contains("another worker perturbs", fallback.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(fallbacks); // one core: no second worker was asked for
        }
    }
}
