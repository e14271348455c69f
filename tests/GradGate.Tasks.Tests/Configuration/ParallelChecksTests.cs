using GradGate.Gate.Configuration;

namespace GradGate.Tasks.Tests.Configuration;

public sealed class ParallelChecksTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 4 ", 4)]
    [InlineData("1024", 1024)]
    public void A_whole_number_from_1_to_1024_is_how_many_checks_run_at_once(string value, int expected)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Equal(expected, ParallelChecks.Parse(value, problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Unset_is_the_processor_count(string? value)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Equal(Environment.ProcessorCount, ParallelChecks.Parse(value, problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1025")]
    [InlineData("two")]
    [InlineData("2.5")]
    public void Anything_else_is_a_problem_naming_the_property_and_the_value(string value)
    {
        var problems = new List<ConfigurationProblem>();

        Assert.Null(ParallelChecks.Parse(value, problems));
        var problem = Assert.Single(problems);
        Assert.Equal(("GradGateMaxParallelChecks", value), (problem.Property, problem.Value));
        Assert.StartsWith($"GradGateMaxParallelChecks is '{value}', but it must be a whole number of checks to run at the same time", problem.Message, StringComparison.Ordinal);
    }
}
