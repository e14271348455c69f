using GradGate.Cli.Inputs;

namespace GradGate.Cli.Tests;

/// <summary>Reading what <c>dotnet msbuild -getProperty</c> prints.</summary>
public sealed class ProjectEvaluationTests
{
    [Fact]
    public void Every_asked_property_is_read_and_those_the_SDK_left_out_are_empty()
    {
        var properties = ProjectInput.Parse("""{ "Properties": { "TargetPath": "/p/bin/Debug/net10.0/P.dll", "GradGateFilter": "*Sigmoid*" } }""");

        Assert.NotNull(properties);
        Assert.Equal("/p/bin/Debug/net10.0/P.dll", properties["TargetPath"]);
        Assert.Equal("*Sigmoid*", properties["GradGateFilter"]);
        Assert.Equal("", properties["ProjectDepsFilePath"]);
        Assert.All(ProjectInput.GateProperties, property => Assert.True(properties.ContainsKey(property)));
    }

    [Theory]
    [InlineData("MSBUILD : error MSB1009: Project file does not exist.")]
    [InlineData("{ \"Items\": {} }")]
    public void Output_that_is_not_the_property_list_is_refused(string output) => Assert.Null(ProjectInput.Parse(output));
}
