using GradGate.Gate.Configuration;
using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Reliability;

public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData(null, 4096L << 20)]
    [InlineData(" ", 4096L << 20)]
    [InlineData("512", 512L << 20)]
    [InlineData(" 64 ", 64L << 20)]
    [InlineData("0", null)]
    public void A_whole_number_of_megabytes_is_the_cap_in_bytes_and_0_lifts_it(string? value, long? expectedBytes)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Equal(expectedBytes, MemoryLimit.ParseBytes(value, problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("2GB")]
    [InlineData("99999999999999")]
    public void Anything_else_is_a_problem_naming_the_property_and_the_value(string value)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Null(MemoryLimit.ParseBytes(value, problems));
        var problem = Assert.Single(problems);
        Assert.Equal(("GradGateMemoryLimit", value), (problem.Property, problem.Value));
        Assert.StartsWith($"GradGateMemoryLimit is '{value}', but it must be a whole number of megabytes", problem.Message, StringComparison.Ordinal);
    }

    /// <remarks>Below about 4 MB the runtime cannot even set up its heap, which used to look like the out-of-memory killer (exit code 137).</remarks>
    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    [InlineData("63")]
    public void A_cap_too_small_for_the_runtime_to_start_is_a_problem_that_says_the_value_is_in_megabytes(string value)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Null(MemoryLimit.ParseBytes(value, problems));
        var problem = Assert.Single(problems);
        Assert.StartsWith($"GradGateMemoryLimit is '{value}' megabytes, below the 64 MB GradGate accepts", problem.Message, StringComparison.Ordinal);
        Assert.Contains("4096 is 4 GB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runner_whose_runtime_cannot_set_up_its_heap_is_said_to_be_that_not_the_out_of_memory_killer()
    {
        var exit = new RunnerExit(
            RunnerExitKind.Exited,
            137,
            ["GC heap initialization failed with error 0x8007000E", "Failed to create CoreCLR, HRESULT: 0x8007000E"],
            TimeSpan.FromSeconds(90));

        var finding = SyntheticResults.NoProgress(exit, []);

        Assert.StartsWith("The .NET runtime could not set up its managed heap within GradGateMemoryLimit", finding.Message, StringComparison.Ordinal);
        Assert.Contains("not the out-of-memory killer", finding.Message, StringComparison.Ordinal);
        Assert.Contains("GC heap initialization failed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runner_gets_the_cap_as_the_GCs_hexadecimal_hard_heap_limit()
    {
        var launch = new RunnerLaunch("dotnet", "runner.dll", "app.runtimeconfig.json", null, null, [], "/bin");

        Assert.Empty(launch.EnvironmentVariables());
        Assert.Equal(
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" },
            (launch with { HeapHardLimitBytes = 256L << 20 }).EnvironmentVariables());
    }
}
