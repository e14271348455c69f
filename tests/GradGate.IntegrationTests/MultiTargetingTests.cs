using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

[Collection(PackageCollection.Name)]
public sealed class MultiTargetingTests(PackageFixture package)
{
    [Fact]
    public void Each_target_framework_is_checked_and_reported_apart()
    {
        // Only the .NET 10 runtime is certain to be installed: net8.0 also exercises the roll-forward path.
        var project = TestProject.Create(package, "MultiTargeted", targetFrameworks: "net8.0;net10.0")
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            using var report = project.ReadJsonReport(framework);
            Assert.Equal(framework, report.RootElement.GetProperty("targetFramework").GetString());
            Assert.Equal(2, report.RootElement.GetProperty("checks").GetArrayLength());
        }
    }
}
