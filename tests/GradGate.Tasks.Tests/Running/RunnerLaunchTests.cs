using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Running;

public sealed class RunnerLaunchTests
{
    [Fact]
    public void The_host_gets_the_projects_dependency_context_before_the_runner_and_its_request()
    {
        var launch = new RunnerLaunch(
            "/usr/share/dotnet/dotnet",
            "/pkg/tools/net8.0/GradGate.Runner.dll",
            "/obj/gradgate/App.runtimeconfig.json",
            "/bin/App.deps.json",
            "LatestMajor",
            ["/home/u/.nuget/packages/", "/opt/fallback/"],
            "/bin");

        Assert.Equal(
            [
                "exec",
                "--depsfile", "/bin/App.deps.json",
                "--runtimeconfig", "/obj/gradgate/App.runtimeconfig.json",
                "--roll-forward", "LatestMajor",
                "--additionalprobingpath", "/home/u/.nuget/packages/",
                "--additionalprobingpath", "/opt/fallback/",
                "/pkg/tools/net8.0/GradGate.Runner.dll",
                "--request", "/obj/gradgate/request.json",
            ],
            launch.Arguments("/obj/gradgate/request.json"));
    }

    [Fact]
    public void Options_without_a_value_are_left_out()
    {
        var launch = new RunnerLaunch("dotnet", "Runner.dll", "App.runtimeconfig.json", null, null, [], ".");

        Assert.Equal(
            ["exec", "--runtimeconfig", "App.runtimeconfig.json", "Runner.dll", "--request", "request.json"],
            launch.Arguments("request.json"));
    }

    [Fact]
    public void The_watchdog_allows_the_runner_one_timeout_plus_an_allowance_of_silence()
        => Assert.Equal(TimeSpan.FromSeconds(60 + 30), RunnerSession.IdleLimit(60));
}
