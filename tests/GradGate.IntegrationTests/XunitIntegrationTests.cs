using System.Text.RegularExpressions;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// GradGate.Xunit in a user's xunit.v3 test project, through the packed packages and plain dotnet test: each check and
/// family member is its own test case, listed, run, filtered and skipped, judged on the test's thread. Needs nuget.org
/// for xunit.v3.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class XunitIntegrationTests(PackageFixture package)
{
    private static readonly (string Id, string Version)[] XunitV3ForVSTest =
        [("xunit.v3.mtp-off", "4.0.3"), ("xunit.runner.visualstudio", "4.0.1"), ("Microsoft.NET.Test.Sdk", "18.0.1")];

    [Fact]
    public void Every_check_and_family_member_is_a_test_case_that_lists_runs_filters_and_skips_on_the_tests_thread()
    {
        var project = TestProject.CreateXunitTests(package, "XunitUser", XunitV3ForVSTest)
            .WriteFile("Checks.cs", XunitSources.Checks)
            .WriteFile("GradientTests.cs", XunitSources.Theory);

        var listing = Test(project, "--list-tests");
        Assert.True(listing.ExitCode == 0, listing.Output);
        Assert.Equal(
            ["Checks.Right", "Checks.Wrong", "Checks.Family[small]", "Checks.Family[medium]", "Checks.Family[large]", "Checks.Later"],
            listing.Lines.SkipWhile(line => line != "The following Tests are available:").Skip(1));

        // The package brings the checker but not the gate: the build ran no check and wrote no report.
        Assert.DoesNotContain("GradGate:", listing.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.ReportDirectory()), "The gate ran in the test project.");

        // The detailed console logger prints each skipped test's reason.
        var run = Test(project, "--no-build", "--logger", "console;verbosity=detailed");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal((1, 4, 1, 6), Counts(run));
        Assert.Contains("error GG0001: Checks.Wrong: Gradient of x is wrong: relative error 3.33e-01 exceeds the error threshold 1e-05.", run.Output, StringComparison.Ordinal);
        Assert.Contains("the new layer is not written yet", run.Output, StringComparison.Ordinal);

        // The wrong backward pass ran inside the theory, on its thread, as a breakpoint in it would stop there.
        var stack = File.ReadAllText(Path.Combine(project.OutputDirectory(), "backward-stack.txt"));
        Assert.Matches(@"GradCheckCase\.Assert\(.*\)[\s\S]*Users\.Gradients\.GradientTests\.Gradient\(GradCheckCase check\)", stack);

        var one = Test(project, "--no-build", "--filter", "GradCheck=Users.Gradients.Checks.Family[medium]");
        Assert.True(one.ExitCode == 0, one.Output);
        Assert.Equal((0, 1, 0, 1), Counts(one));
        var byName = Test(project, "--no-build", "--filter", "DisplayName~Checks.Wrong");
        Assert.Equal((1, 0, 0, 1), Counts(byName));
    }

    [Fact]
    public void The_xunit_package_depends_on_GradGate_of_its_own_version_without_its_build_assets()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(package.FeedDirectory, $"GradGate.Xunit.{package.PackageVersion}.nupkg"));
        using var reader = new StreamReader(archive.GetEntry("GradGate.Xunit.nuspec")!.Open());
        var nuspec = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());

        var gradGate = Assert.Single(nuspec.Descendants(), element => element.Name.LocalName == "dependency" && (string?)element.Attribute("id") == "GradGate");
        Assert.Equal((package.PackageVersion, "Build,Analyzers"), ((string?)gradGate.Attribute("version"), (string?)gradGate.Attribute("exclude")));
        Assert.DoesNotContain(archive.Entries, entry => entry.FullName.StartsWith("build", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>dotnet test on the project; a restore that cannot reach nuget.org fails saying this test needs it.</summary>
    private static ProcessResult Test(TestProject project, params string[] arguments)
    {
        var result = DotNet.Run(project.Directory, ["test", project.ProjectPath, "-c", "Debug", "-nodeReuse:false", "-tl:off", .. arguments]);
        Assert.False(
            result.Output.Contains("NU1301", StringComparison.Ordinal) || result.Output.Contains("Unable to load the service index", StringComparison.Ordinal),
            $"Restoring xunit.v3 from nuget.org failed: this test needs the network to reach nuget.org.\n{result.Output}");
        return result;
    }

    /// <summary>The counts of the closing line, or of the block the detailed console logger prints instead.</summary>
    private static (int Failed, int Passed, int Skipped, int Total) Counts(ProcessResult run)
    {
        var match = CountsPattern().Match(run.Output);
        match = match.Success ? match : DetailedCountsPattern().Match(run.Output);
        Assert.True(match.Success, $"dotnet test printed no counts:\n{run.Output}");
        return (Number(match, "failed"), Number(match, "passed"), Number(match, "skipped"), Number(match, "total"));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+(?<skipped>\d+), Total:\s+(?<total>\d+)")]
    private static partial Regex CountsPattern();

    [GeneratedRegex(@"Total tests:\s+(?<total>\d+)\s+Passed:\s+(?<passed>\d+)\s+Failed:\s+(?<failed>\d+)\s+Skipped:\s+(?<skipped>\d+)")]
    private static partial Regex DetailedCountsPattern();
}
