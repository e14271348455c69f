using GradGate.Tasks.Configuration;
using GradGate.Tasks.Running;

namespace GradGate.Tasks.Tests.Reliability;

public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData(null, 4096L << 20)]
    [InlineData(" ", 4096L << 20)]
    [InlineData("512", 512L << 20)]
    [InlineData(" 1 ", 1L << 20)]
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
