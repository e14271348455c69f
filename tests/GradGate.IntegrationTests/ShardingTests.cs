using System.Text;
using System.Text.Json;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>GradGateShard through the packed package: the shards of a job matrix together are the unsharded run, verdict for verdict.</summary>
[Collection(PackageCollection.Name)]
public sealed class ShardingTests(PackageFixture package)
{
    [Fact]
    public void The_shards_together_run_every_check_once_with_the_verdicts_of_the_unsharded_run_and_name_their_reports_apart()
    {
        var project = TestProject.Create(package, "Sharded").WriteFile("ManyChecks.cs", ManyChecks(count: 12));

        var whole = project.Build();
        var expected = Verdicts(project, "gradgate.json");

        var shards = Enumerable.Range(1, 3).Select(index => (Index: index, Build: project.Build($"-p:GradGateShard={index}/3"))).ToList();

        Assert.Equal(12, expected.Count);
        Assert.False(whole.Succeeded, whole.ToString());
        var fromShards = new Dictionary<string, string>();
        foreach (var (index, build) in shards)
        {
            var name = $"gradgate.shard-{index}-of-3.json";
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ReportDirectory(), name)));
            Assert.Equal($"{index}/3", report.RootElement.GetProperty("shard").GetString());
            foreach (var (id, verdict) in Verdicts(project, name))
            {
                Assert.True(fromShards.TryAdd(id, verdict), $"{id} ran in two shards");
            }

            Assert.Equal(Verdicts(project, name).ContainsValue("failed"), !build.Succeeded);
        }

        Assert.Equal(expected.OrderBy(pair => pair.Key), fromShards.OrderBy(pair => pair.Key));
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.shard-2-of-3.junit.xml")));

        // The merge job: dotnet gradgate merge, installed from the feed, gives the unsharded run's verdicts and exit code 1.
        var shardReports = Enumerable.Range(1, 3).Select(index => Path.Combine(project.ReportDirectory(), $"gradgate.shard-{index}-of-3.json")).ToArray();
        var merge = InstalledTool.For(package).Run(project.Directory, ["merge", .. shardReports, "--report-directory", "merged"]);

        Assert.True(merge.ExitCode == 1, merge.Output);
        Assert.Contains("GradGate: 12 checks, 8 passed, 4 failed", merge.Output);
        var merged = Verdicts(project, Path.Combine(project.Directory, "merged", "gradgate.json"));
        Assert.Equal(expected.OrderBy(pair => pair.Key), merged.OrderBy(pair => pair.Key));
        Assert.True(File.Exists(Path.Combine(project.Directory, "merged", "gradgate.junit.xml")));

        var incomplete = InstalledTool.For(package).Run(project.Directory, ["merge", shardReports[0], shardReports[2], "--report-directory", "incomplete"]);

        Assert.True(incomplete.ExitCode == 2, incomplete.Output);
        Assert.Contains("error GG0012: The report of shard 2/3 is missing", incomplete.Output);
    }

    [Fact]
    public void A_shard_that_is_not_k_of_n_is_GG0012_naming_the_property()
    {
        var project = TestProject.Create(package, "BadShard").WriteFile("ManyChecks.cs", ManyChecks(count: 2));

        var build = project.Build("-p:GradGateShard=4/3");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("GradGateShard is '4/3'", Assert.Single(build.WithCode("GG0012")).Message);
    }

    private static Dictionary<string, string> Verdicts(TestProject project, string reportName)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ReportDirectory(), reportName)));
        return report.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("id").GetString()!, check => check.GetProperty("verdict").GetString()!);
    }

    /// <summary>Checks of sum(x^3), every third with a doubled gradient.</summary>
    private static string ManyChecks(int count)
    {
        var source = new StringBuilder("""
            using GradGate;

            namespace UserChecks;

            public static class ManyChecks
            {
                private static GradCheckTarget Cube(double factor)
                {
                    double[] x = [1.5, -2.0, 0.25];
                    return GradCheckTarget.Loss(
                        new NamedArrays<double> { { "x", x } },
                        loss: () => x.Sum(v => v * v * v),
                        gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => factor * 3 * v * v).ToArray() });
                }

            """);
        for (var index = 0; index < count; index++)
        {
            source.AppendLine($"    [GradCheck] public static GradCheckTarget Check{index}() => Cube({(index % 3 == 2 ? "2.0" : "1.0")});");
        }

        return source.AppendLine("}").ToString();
    }
}
