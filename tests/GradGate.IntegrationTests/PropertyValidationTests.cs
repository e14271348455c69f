using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>The runner's and the baseline's properties, and GradGateEnabled and GradGateRunOnBuild, given values they do not accept: GG0012, never a silent skip.</summary>
[Collection(PackageCollection.Name)]
public sealed class PropertyValidationTests(PackageFixture package)
{
    [Theory]
    [InlineData("GradGateEnabled", "maybe", "must be true or false, so the gradient checks did not run")]
    [InlineData("GradGateRunOnBuild", "sometimes", "must be true or false, so the gradient checks did not run")]
    [InlineData("GradGateStartRunnerEarly", "soon", "must be true or false")]
    [InlineData("GradGateMemoryLimit", "lots", "must be a whole number of megabytes")]
    [InlineData("GradGateGenerateBaseline", "maybe", "must be true or false")]
    [InlineData("GradGateMaxParallelChecks", "0", "must be a whole number of checks to run at the same time")]
    public void A_value_that_is_not_accepted_is_a_configuration_error_naming_the_property(string property, string value, string expected)
    {
        var project = TestProject.Create(package, "Invalid" + property).WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build($"-p:{property}={value}");

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal(("GG0012", project.ProjectPath), (error.Code, error.File));
        Assert.StartsWith($"{property} is '{value}', but it {expected}", error.Message);
        Assert.False(File.Exists(Path.Combine(project.Directory, "GradGate.baseline.json")));
    }
}
