using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// The report files name sources relative to the repository root, as GitHub, GitLab and the report actions link them, on
/// any machine that reads them; the build's diagnostics keep full paths for IDEs and the problem matcher.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RepositoryPathTests(PackageFixture package)
{
    private const string Folder = "src/BugHunt";

    [Fact]
    public void A_failing_project_in_a_git_repository_writes_repository_relative_paths_in_every_report_and_full_ones_in_the_build_log()
    {
        var project = TestProject.CreateInGitRepository(package, "BugHunt", Folder, out var repositoryRoot)
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);
        var methodLine = project.LineOf("NetworkChecks.cs", "public static GradCheckTarget TwoLayerNetGradients()");

        var build = project.Build($"-p:GradGateReportFormats={string.Join("%3B", ReportFormats)}");

        Assert.False(build.Succeeded, build.ToString());
        var mismatch = Assert.Single(build.WithCode("GG0001"));
        Assert.Equal(Path.Combine(project.Directory, "NetworkChecks.cs"), mismatch.File);

        using (var json = project.ReadJsonReport())
        {
            var check = json.RootElement.GetProperty("checks")[0];
            Assert.Equal($"{Folder}/NetworkChecks.cs", check.GetProperty("source").GetProperty("file").GetString());
            Assert.Equal($"{Folder}/BugHunt.csproj", json.RootElement.GetProperty("projectPath").GetString());
            Assert.Equal($"{Folder}/bin/Debug/net10.0/BugHunt.dll", json.RootElement.GetProperty("assemblyPath").GetString());
        }

        var junit = XDocument.Load(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml"));
        var testCase = Assert.Single(junit.Descendants("testcase"));
        Assert.Equal($"{Folder}/NetworkChecks.cs", (string?)testCase.Attribute("file"));
        Assert.Equal(methodLine + 1, (int?)testCase.Attribute("line"));
        Assert.Contains($"Declared at {Folder}/NetworkChecks.cs({methodLine + 1},", testCase.Element("failure")!.Value);
        Assert.Equal($"{Folder}/BugHunt.csproj", Property(junit, "gradgate.projectPath"));
        Assert.Equal($"{Folder}/bin/Debug/net10.0/BugHunt.dll", Property(junit, "gradgate.assemblyPath"));
        Assert.Contains($"{Folder}/NetworkChecks.cs({methodLine + 1},", File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.md")));

        var reports = Directory.GetFiles(project.ReportDirectory());
        Assert.Equal(ReportFormats.Length, reports.Length);
        foreach (var report in reports)
        {
            var text = File.ReadAllText(report);
            foreach (var machinePath in MachinePaths(repositoryRoot))
            {
                Assert.False(text.Contains(machinePath, StringComparison.Ordinal), $"{Path.GetFileName(report)} names the machine's path {machinePath}:\n{text}");
            }
        }
    }

    private static readonly string[] ReportFormats = ["json", "junit", "markdown"];

    /// <summary>The folders a report could leak: the repository, the test run's, the temporary folder, the home folder, this checkout.</summary>
    private static IEnumerable<string> MachinePaths(string repositoryRoot)
        => new[]
            {
                repositoryRoot, Path.GetDirectoryName(repositoryRoot)!, Path.GetTempPath(),
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), RepositoryPaths.Root,
            }
            .Where(path => path.Trim('/', '\\').Length > 0)
            .Select(path => path.TrimEnd('/', '\\'))
            .Distinct();

    private static string? Property(XDocument junit, string name)
        => (string?)junit.Descendants("property").Single(property => (string?)property.Attribute("name") == name).Attribute("value");
}
