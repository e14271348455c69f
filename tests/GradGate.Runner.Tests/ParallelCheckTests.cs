using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>[GradCheck(Parallel = true)]: the runner hands the engine a factory for one target per core.</summary>
public sealed class ParallelCheckTests
{
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
