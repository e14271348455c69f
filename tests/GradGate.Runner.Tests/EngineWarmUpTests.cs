using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class EngineWarmUpTests
{
    [Fact]
    public void The_warm_up_runs_its_check_as_a_user_check_runs_and_judges_it_by_central_differences()
    {
        var result = EngineWarmUp.Run();

        Assert.NotNull(result);
        // Resolved and named by the check procedure from its [GradCheck] method, as a user check is.
        Assert.Equal(("SumOfSquares", typeof(WarmUpTarget).FullName), (result.MethodName, result.ClassName));
        Assert.Equal(("loss", Verdict.Passed), (result.Kind, result.Verdict));
        Assert.Empty(result.Findings);
        // The loss at the point and two per coordinate at least: the coordinates were estimated, not skipped.
        Assert.InRange(result.Evaluations, 7, 100);
        Assert.NotNull(result.RelativeError);
    }

    [Fact]
    public void Finish_returns_once_the_warm_up_has_ended_so_no_check_runs_beside_it()
    {
        var warmUp = EngineWarmUp.Start();

        Assert.True(warmUp.Finish());
        Assert.False(warmUp.IsRunning);
    }

    [Fact]
    public async Task The_runner_reports_only_the_requested_checks_and_nothing_of_its_warm_up()
    {
        var requested = new[] { "LossChecks.DoubledGradient", "LossChecks.WithOverrides" };

        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(requested));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var ids = requested.Select(FixtureChecks.Id).ToList();
        Assert.Equal(ids, outcome.Started);
        Assert.All(outcome.Events.Where(e => e.CheckId is not null), e => Assert.Contains(e.CheckId, ids));
        Assert.All(outcome.Results, result => Assert.Contains(result.Id, ids));
        Assert.DoesNotContain(outcome.Logs, log => log.Contains("warm-up", StringComparison.OrdinalIgnoreCase));
    }
}
