using System.Text.Json.Nodes;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// The samples' checks, built through the packed package by a project that also runs them in process (GradChecker,
/// from the package's lib/net8.0): what the test process gets is what the gate reported, durations aside.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class InProcessCheckingTests(PackageFixture package)
{
    /// <summary>Checks its own assembly in process and writes the results, as JSON, to the file named by its argument.</summary>
    private const string Program = """
        using GradGate;
        using GradGate.Results;

        var results = GradChecker.CheckAll(typeof(Marker).Assembly);
        File.WriteAllText(args[0], ResultJson.Serialize(results));

        internal sealed class Marker;
        """;

    [Theory]
    [InlineData("TwoLayerNet", true)]
    [InlineData("BugHunt", false)]
    public void A_samples_checks_run_in_process_give_exactly_the_gates_results(string sample, bool passes)
    {
        var project = TestProject.CreateWithPackages(package, "InProcess" + sample, "<OutputType>Exe</OutputType>", ("System.Numerics.Tensors", "10.0.0"));
        foreach (var source in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", sample), "*.cs"))
        {
            project.WriteFile(Path.GetFileName(source), File.ReadAllText(source));
        }

        project.WriteFile("Program.cs", Program);

        var build = project.Build();
        Assert.Equal(passes, build.Succeeded);
        var inProcessFile = Path.Combine(project.Directory, "in-process.json");
        var run = DotNet.Run(project.OutputDirectory(), "exec", Path.Combine(project.OutputDirectory(), project.Name + ".dll"), inProcessFile);

        Assert.True(run.ExitCode == 0, run.Output);
        using var gate = project.ReadJsonReport();
        var gateChecks = JsonNode.Parse(gate.RootElement.GetProperty("checks").GetRawText())!.AsArray();
        var inProcessChecks = JsonNode.Parse(File.ReadAllText(inProcessFile))!.AsArray();
        Assert.True(gateChecks.Count >= 2, $"The gate reported {gateChecks.Count} checks of {sample}.");
        Assert.Equal(Comparable(gateChecks), Comparable(inProcessChecks));
    }

    /// <summary>Each check as JSON without what only the gate knows (its source line) or the clock decides (its duration).</summary>
    private static List<string> Comparable(JsonArray checks)
        => checks.Select(check =>
        {
            var copy = check!.DeepClone().AsObject();
            copy.Remove("source");
            copy.Remove("durationSeconds");
            return copy.ToJsonString();
        }).ToList();
}
