using System.Text;
using GradGate.Results;

namespace GradGate.Runner.Tests;

/// <summary>
/// A runner started on standby (<c>--standby</c>) before the build has compiled the checks: it runs the request whose path
/// arrives on its standard input as a runner started with the path does, and one dismissed without a request runs nothing.
/// </summary>
public sealed class StandbyTests
{
    [Theory]
    [InlineData("--request", "r.json")]
    [InlineData("--standby")]
    public void The_runner_starts_for_a_request_or_on_standby(params string[] args)
    {
        var start = RunnerArguments.Parse(args);

        Assert.Equal(args[0] == "--standby" ? RunnerStartKind.Standby : RunnerStartKind.Request, start.Kind);
        Assert.Equal(args.Length == 2 ? args[1] : null, start.RequestPath);
    }

    [Theory]
    [InlineData]
    [InlineData("--request")]
    [InlineData("--request", " ")]
    [InlineData("--standby", "r.json")]
    [InlineData("--request", "r.json", "--standby")]
    public void Other_arguments_are_not_the_runners(params string[] args)
        => Assert.Equal(new RunnerStart(RunnerStartKind.Invalid, null), RunnerArguments.Parse(args));

    [Theory]
    [InlineData("/obj/gradgate/request.json\n", "/obj/gradgate/request.json")]
    [InlineData("C:\\obj\\gradgate\\request.json\r\n", "C:\\obj\\gradgate\\request.json")]
    [InlineData("/obj/grädgate/request.json", "/obj/grädgate/request.json")]
    [InlineData("", null)]
    [InlineData("\n/obj/gradgate/request.json\n", null)]
    public void The_request_path_is_the_first_line_of_the_input_and_an_empty_one_dismisses_the_runner(string input, string? expected)
        => Assert.Equal(expected, StandbyRequest.Read(new MemoryStream(Encoding.UTF8.GetBytes(input))));

    [Fact]
    public void Reading_the_request_path_leaves_the_rest_of_the_input_unread()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("request.json\nwhat a check would read"));

        StandbyRequest.Read(input);

        Assert.Equal("what a check would read", new StreamReader(input).ReadToEnd());
    }

    [Fact]
    public async Task A_runner_on_standby_runs_the_request_it_is_sent_as_a_runner_started_with_it_does()
    {
        var requested = new[] { "LossChecks.DoubledGradient", "LossChecks.WithOverrides" };

        var onStandby = await RunnerProcess.RunOnStandbyAsync(FixtureChecks.Request(requested), sendRequest: true);
        var started = await RunnerProcess.RunAsync(FixtureChecks.Request(requested));

        Assert.Equal(RunnerExitCodes.ChecksRan, onStandby.ExitCode);
        Assert.Equal(requested.Select(FixtureChecks.Id), onStandby.Started);
        Assert.Equal(
            started.Results.Select(result => (result.Id, result.Verdict, result.RelativeError)),
            onStandby.Results.Select(result => (result.Id, result.Verdict, result.RelativeError)));
        Assert.Equal(Verdict.Failed, onStandby.Results.First().Verdict);
    }

    [Fact]
    public async Task A_runner_on_standby_whose_input_ends_without_a_request_loads_and_runs_nothing()
    {
        var outcome = await RunnerProcess.RunOnStandbyAsync(FixtureChecks.Request("LossChecks.DoubledGradient"), sendRequest: false);

        Assert.Equal(RunnerExitCodes.StandbyDismissed, outcome.ExitCode);
        Assert.Empty(outcome.Events);
        Assert.Equal("", outcome.StandardOutput + outcome.StandardError);
    }

    [Theory]
    [MemberData(nameof(StandbyWarmUps))]
    public void Every_check_a_runner_on_standby_warms_up_with_passes_as_a_user_check_would(string methodName)
    {
        var result = EngineWarmUp.Run(methodName);

        Assert.NotNull(result);
        Assert.Equal((methodName, Verdict.Passed), (result.MethodName, result.Verdict));
        Assert.Empty(result.Findings);
    }

    public static TheoryData<string> StandbyWarmUps() => new(WarmUpTarget.Standby);
}
