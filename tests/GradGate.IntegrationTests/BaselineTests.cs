using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

[Collection(PackageCollection.Name)]
public sealed class BaselineTests(PackageFixture package)
{
    [Fact]
    public void A_generated_baseline_lets_the_bug_hunt_pass_with_GG0001_as_a_message_and_reports_its_entry_once_the_bug_is_fixed()
    {
        var project = TestProject.Create(package, "BaselinedBugHunt")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);
        var baselinePath = Path.Combine(project.Directory, "GradGate.baseline.json");

        var generating = project.Build("-p:GradGateGenerateBaseline=true");

        Assert.True(generating.Succeeded, generating.ToString());
        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "entries": [
                {"check":"UserChecks.NetworkChecks.TwoLayerNetGradients","code":"GG0001","block":"W1"}
              ]
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(baselinePath));

        var baselined = project.Build();

        Assert.True(baselined.Succeeded, baselined.ToString());
        Assert.Empty(baselined.Errors);
        var message = Assert.Single(baselined.WithCode("GG0001"));
        Assert.Equal("message", message.Severity);
        Assert.Contains("W1", message.Message);
        Assert.Contains("Baselined error", message.Message);
        using (var report = project.ReadJsonReport())
        {
            var finding = report.RootElement.GetProperty("checks")[0].GetProperty("findings")[0];
            Assert.Equal("error", finding.GetProperty("severity").GetString());
            Assert.Contains("Baselined error", finding.GetProperty("message").GetString());
        }

        project.WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("1.0"));
        var fixedBuild = project.Build();

        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        var stale = Assert.Single(fixedBuild.WithCode("GG0019"));
        Assert.Equal(("warning", baselinePath, 4), (stale.Severity, stale.File, stale.Line));
        Assert.Contains("GradGateGenerateBaseline=true", stale.Message);
    }

    [Fact]
    public void A_multi_targeted_project_shares_one_baseline_whose_common_findings_carry_no_framework()
    {
        var project = TestProject.Create(package, "BaselinedMultiTargeted", targetFrameworks: "net8.0;net10.0")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var generating = project.Build("-p:GradGateGenerateBaseline=true");
        var baselined = project.Build();

        Assert.True(generating.Succeeded, generating.ToString());
        Assert.Equal(
            """{"check":"UserChecks.NetworkChecks.TwoLayerNetGradients","code":"GG0001","block":"W1"}""",
            Assert.Single(File.ReadAllLines(Path.Combine(project.Directory, "GradGate.baseline.json")), line => line.Contains("\"check\"")).Trim());
        Assert.True(baselined.Succeeded, baselined.ToString());
        Assert.Empty(baselined.Errors);
        Assert.All(baselined.WithCode("GG0001"), diagnostic => Assert.Equal("message", diagnostic.Severity));
        Assert.Equal(2, baselined.Output.Split('\n').Count(line => line.Contains("1 finding of BaselinedMultiTargeted.csproj (net")));
    }
}
