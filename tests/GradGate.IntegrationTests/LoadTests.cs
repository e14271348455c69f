using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// A solution of four projects built in parallel with -m, one of them with 200 checks, then built again and rebuilt
/// at once: nothing hangs or is locked, every report is whole, and each project's summary line matches its reports.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class LoadTests(PackageFixture package)
{
    private const int ManyChecks = 200;

    [Fact]
    public void A_solution_built_in_parallel_again_and_rebuilt_reports_every_project_whole_with_matching_summaries()
    {
        var solution = TestSolution.Create(package, "Load")
            .AddProject(package, "First", ("CorrectChecks.cs", CheckSources.CorrectChecks))
            .AddProject(package, "Second", ("CorrectChecks.cs", CheckSources.CorrectChecks.Replace("CorrectChecks", "SecondChecks")))
            .AddProject(package, "Buggy", ("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0")), ("NetworkChecks.cs", CheckSources.TwoLayerNetCheck))
            .AddProject(package, "Many", ("ManyChecks.cs", GenerateChecks(ManyChecks)));
        var expectedCounts = new Dictionary<string, (int Tests, int Failures)>
        {
            ["First"] = (2, 0),
            ["Second"] = (2, 0),
            ["Buggy"] = (1, 1),
            ["Many"] = (ManyChecks, 0),
        };

        var first = solution.Build();

        AssertOutcome(solution, first, expectedCounts);
        var storedResults = solution.Projects.ToDictionary(project => project, project => File.GetLastWriteTimeUtc(solution.ResultsFile(project)));

        var again = solution.Build();

        AssertOutcome(solution, again, expectedCounts);
        Assert.All(solution.Projects, project => Assert.Equal(storedResults[project], File.GetLastWriteTimeUtc(solution.ResultsFile(project))));

        var rebuilt = solution.Build("--no-incremental");

        AssertOutcome(solution, rebuilt, expectedCounts);
        Assert.All(solution.Projects, project => Assert.NotEqual(storedResults[project], File.GetLastWriteTimeUtc(solution.ResultsFile(project))));
    }

    [Fact]
    public void Million_weight_checks_run_in_fast_mode_with_few_evaluations_and_only_the_wrong_bias_fails()
    {
        var project = TestProject.Create(package, "MillionWeights").WriteFile("MillionWeightChecks.cs", MillionWeightChecks);

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal("GG0001", error.Code);
        Assert.Contains("Gradient of bias is wrong", error.Message);
        using var report = project.ReadJsonReport();
        var checks = report.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(
            [("MillionWeightChecks.SumOfSquares", "passed"), ("MillionWeightChecks.SumOfSquaresAndCubes", "failed")],
            checks.Select(check => (check.GetProperty("name").GetString(), check.GetProperty("verdict").GetString())));
        Assert.All(checks, check => Assert.Equal("fast", check.GetProperty("settings").GetProperty("mode").GetString()));
        Assert.All(checks, check => Assert.InRange(check.GetProperty("evaluations").GetInt32(), 1, 99));
        Assert.Equal(
            [("weights", "passed"), ("bias", "failed")],
            checks[1].GetProperty("blocks").EnumerateArray().Select(block => (block.GetProperty("name").GetString(), block.GetProperty("verdict").GetString())));

        var junit = Path.Combine(project.ReportDirectory(), "gradgate.junit.xml");
        var suite = XDocument.Load(junit).Root!.Element("testsuite")!;
        Assert.Equal((2, 1), ((int)suite.Attribute("tests")!, (int)suite.Attribute("failures")!));
        var summaries = build.Output.Split('\n').Select(line => SummaryLine().Match(line));
        Assert.Equal("2 checks, 1 passed, 1 failed", Assert.Single(summaries, match => match.Success).Groups["counts"].Value);
    }

    private static void AssertOutcome(TestSolution solution, BuildResult build, Dictionary<string, (int Tests, int Failures)> expected)
    {
        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal("GG0001", error.Code);
        Assert.Contains("W1", error.Message);
        // MSB3026/MSB3027: a copy retried or failed because a file was in use.
        Assert.DoesNotContain("MSB3026", build.Output);
        Assert.DoesNotContain("MSB3027", build.Output);
        Assert.DoesNotContain("being used by another process", build.Output);

        var expectedSummaries = new List<string>();
        foreach (var project in solution.Projects)
        {
            var directory = solution.ReportDirectory(project);
            var suite = XDocument.Load(Path.Combine(directory, "gradgate.junit.xml")).Root!.Element("testsuite")!;
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "gradgate.json")));
            var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
            var failed = checks.Count(check => check.GetProperty("verdict").GetString() == "failed");

            Assert.Equal(expected[project], (checks.Count, failed));
            Assert.Equal(expected[project], ((int)suite.Attribute("tests")!, (int)suite.Attribute("failures")!));
            Assert.Equal(checks.Count, suite.Elements("testcase").Count());
            var count = $"{checks.Count} {(checks.Count == 1 ? "check" : "checks")}";
            Assert.StartsWith($"## GradGate {project} (net10.0): {count}", File.ReadAllText(Path.Combine(directory, "gradgate.md")));
            expectedSummaries.Add($"{count}, {checks.Count - failed} passed" + (failed > 0 ? $", {failed} failed" : ""));
            // A solution's summaries name their project and framework: three "4 checks, 4 passed" lines read alike.
            Assert.Single(build.Output.Split('\n'), line => SummaryLine().IsMatch(line) && line.TrimEnd().EndsWith($" s - {project} (net10.0)", StringComparison.Ordinal));
        }

        var summaries = build.Output.Split('\n').Select(line => SummaryLine().Match(line)).Where(match => match.Success).Select(match => match.Groups["counts"].Value);
        Assert.Equal(expectedSummaries.Order(), summaries.Order());
    }

    /// <summary>Losses summed over a million weights whose gradient is right, the second also over a bias whose gradient is 1% off.</summary>
    private const string MillionWeightChecks = """
        using GradGate;

        namespace UserChecks;

        public static class MillionWeightChecks
        {
            [GradCheck]
            public static GradCheckTarget SumOfSquares() => SumOfSquaresAndCubes(biasFactor: 1);

            [GradCheck]
            public static GradCheckTarget SumOfSquaresAndCubes() => SumOfSquaresAndCubes(biasFactor: 1.01);

            private static GradCheckTarget SumOfSquaresAndCubes(double biasFactor)
            {
                var weights = Enumerable.Range(0, 1_000_000).Select(i => Math.Sin(i) * 0.5).ToArray();
                double[] bias = [0.25, -0.75];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "weights", weights }, { "bias", bias } },
                    loss: () => 0.5 * weights.Sum(w => w * w) + bias.Sum(b => b * b * b),
                    gradients: () => new Dictionary<string, double[]>
                    {
                        ["weights"] = (double[])weights.Clone(),
                        ["bias"] = bias.Select(b => 3 * b * b * biasFactor).ToArray(),
                    });
            }
        }
        """;

    /// <summary><paramref name="count"/> checks of <c>c * x^3</c>, each with its own constant, in one class.</summary>
    private static string GenerateChecks(int count)
    {
        var source = new StringBuilder("using GradGate;\n\nnamespace UserChecks;\n\npublic static class ManyChecks\n{\n");
        for (var index = 1; index <= count; index++)
        {
            source.Append($$"""
                    [GradCheck]
                    public static GradCheckTarget Cubic{{index:D3}}()
                    {
                        double[] x = [0.5, -1.25, 2.0];
                        return GradCheckTarget.Loss(
                            new NamedArrays<double> { { "x", x } },
                            loss: () => {{index}} * x.Sum(v => v * v * v),
                            gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => {{index}} * 3 * v * v).ToArray() });
                    }

                """);
        }

        return source.Append("}\n").ToString();
    }

    /// <summary>A project's summary line, its counts without the worst figure or the duration.</summary>
    [GeneratedRegex(@"GradGate: (?<counts>\d+ checks?, [^(]*?)( \(.*\))? in \d+\.\d s")]
    private static partial Regex SummaryLine();
}
