using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class EngineWarmUpTests
{
    [Fact]
    public void The_warm_up_judges_its_loss_by_central_differences_so_it_compiles_the_path_user_checks_take()
    {
        var result = EngineWarmUp.Run();

        Assert.NotNull(result);
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
