using System.Text.Json;
using System.Xml.Linq;
using GradGate.IntegrationTests.Infrastructure;
using GradGate.Tasks.Tests.Reports.Sarif;

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

        var sarifPath = Path.Combine(project.ReportDirectory(), "gradgate.sarif");
        Assert.Equal(($"{Folder}/NetworkChecks.cs", methodLine + 1), SarifLocation(sarifPath, "GG0001"));
        Assert.Empty(SarifTools.MultitoolErrors(sarifPath));

        AssertNoMachinePath(Directory.GetFiles(project.ReportDirectory()), repositoryRoot, ReportFormats.Length);

        // The command-line tool finds the same root from the project's folder and writes the same paths.
        var cliReports = Path.Combine(package.WorkRoot, "cli-reports-" + Guid.NewGuid().ToString("N")[..8]);
        var started = DateTime.UtcNow;
        var cli = InstalledTool.For(package).Run(project.Directory, "check", project.ProjectPath, "--report-directory", cliReports, "--report-formats", "json;sarif");
        Assert.True(cli.ExitCode == 1, cli.Output);
        ReportValidation.AssertReportsUnderMatchTheirSchemas(cliReports, started);
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cliReports, "gradgate.json"))))
        {
            Assert.Equal($"{Folder}/NetworkChecks.cs", json.RootElement.GetProperty("checks")[0].GetProperty("source").GetProperty("file").GetString());
            Assert.Equal($"{Folder}/BugHunt.csproj", json.RootElement.GetProperty("projectPath").GetString());
        }

        Assert.Equal(($"{Folder}/NetworkChecks.cs", methodLine + 1), SarifLocation(Path.Combine(cliReports, "gradgate.sarif"), "GG0001"));
        AssertNoMachinePath(Directory.GetFiles(cliReports), repositoryRoot, 2);
    }

    private static readonly string[] ReportFormats = ["json", "junit", "markdown", "sarif", "html"];

    private static void AssertNoMachinePath(string[] reports, string repositoryRoot, int expectedCount)
    {
        Assert.Equal(expectedCount, reports.Length);
        foreach (var report in reports)
        {
            var text = File.ReadAllText(report);
            foreach (var machinePath in MachinePaths(repositoryRoot))
            {
                Assert.False(text.Contains(machinePath, StringComparison.Ordinal), $"{Path.GetFileName(report)} names the machine's path {machinePath}:\n{text}");
            }
        }
    }

    /// <summary>Where the SARIF result of <paramref name="code"/> points: its URI under the repository root, and its line.</summary>
    private static (string? Uri, int Line) SarifLocation(string sarifPath, string code)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), result => result.GetProperty("ruleId").GetString() == code);
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        return (location.GetProperty("artifactLocation").GetProperty("uri").GetString(), location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

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
