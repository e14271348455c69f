using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Running;

/// <summary>The runner's tiering delay: 16 ms unless the build's own environment sets the runtime's delay.</summary>
public sealed class RunnerTieringTests
{
    [Fact]
    public void A_build_that_sets_no_delay_gives_the_runner_sixteen_milliseconds()
        => Assert.Equal(16, RunnerTiering.DelayFor(_ => null));

    [Theory]
    [InlineData("DOTNET_TC_CallCountingDelayMs")]
    [InlineData("COMPlus_TC_CallCountingDelayMs")]
    public void A_delay_the_build_sets_under_either_prefix_reaches_the_runner_unchanged(string variable)
        => Assert.Null(RunnerTiering.DelayFor(name => name == variable ? "100" : null));

    [Fact]
    public void The_delay_is_a_variable_of_the_runners_environment_in_hexadecimal_as_the_runtime_reads_it()
    {
        var launch = new RunnerLaunch("dotnet", "runner.dll", "app.runtimeconfig.json", null, null, [], "/bin");

        Assert.DoesNotContain(RunnerTiering.Variable, launch.EnvironmentVariables().Keys);
        Assert.Equal("0x10", (launch with { CallCountingDelayMs = 16 }).EnvironmentVariables()[RunnerTiering.Variable]);
        Assert.Equal("0x64", (launch with { CallCountingDelayMs = 100 }).EnvironmentVariables()[RunnerTiering.Variable]);
    }

    [Fact]
    public void The_environment_reads_as_a_shell_takes_it_before_a_command_in_name_order()
    {
        var launch = new RunnerLaunch("dotnet", "runner.dll", "app.runtimeconfig.json", null, null, [], "/bin")
        {
            CallCountingDelayMs = 16,
            HeapHardLimitBytes = 4096L << 20,
            WithoutPrecompiledCode = true,
        };

        Assert.Equal("DOTNET_GCHeapHardLimit=0x100000000 DOTNET_ReadyToRun=0 DOTNET_TC_CallCountingDelayMs=0x10", launch.EnvironmentText());
        Assert.Equal(string.Empty, (launch with { CallCountingDelayMs = null, HeapHardLimitBytes = null, WithoutPrecompiledCode = false }).EnvironmentText());
    }

    [Fact]
    public void A_runner_started_early_with_another_delay_is_not_the_one_the_run_would_start()
    {
        var launch = new RunnerLaunch("dotnet", "runner.dll", "app.runtimeconfig.json", null, null, [], "/bin") { CallCountingDelayMs = 16 };

        Assert.True(launch.StartsTheSameAs(launch with { }));
        Assert.False(launch.StartsTheSameAs(launch with { CallCountingDelayMs = null }));
    }
}
