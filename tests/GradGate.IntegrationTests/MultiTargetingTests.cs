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

        var rollForwardNotice = "targets net8.0, but no .NET 8 runtime is installed: its checks run on .NET 10";
        if (InstalledRuntimes().Any(version => version.StartsWith("8.", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(rollForwardNotice, build.Output);
        }
        else
        {
            Assert.Contains(rollForwardNotice, build.Output);
        }
    }

    private static IEnumerable<string> InstalledRuntimes()
        => DotNet.Run(Path.GetTempPath(), "--list-runtimes").Lines
            .Where(line => line.StartsWith("Microsoft.NETCore.App ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1]);
}
