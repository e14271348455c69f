using GradGate.IntegrationTests.Infrastructure;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// The runner started while the project compiles (GradGateStartRunnerEarly), through the packed package: a build after an
/// edit runs the checks in it and reaches the verdict a runner started after the compiler reaches, and a build that stops
/// before the checks (a compile error) leaves no runner behind.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RunnerStandbyTests(PackageFixture package)
{
    private const string RanInStandby = "in the runner started while the project compiled";

    [Fact]
    public void A_build_after_an_edit_runs_the_checks_in_the_runner_started_while_it_compiled_and_finds_the_same_bug()
    {
        var project = TestProject.Create(package, "StartedEarly").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        var first = project.Build("-v:d");
        Assert.DoesNotContain(RanInStandby, first.Output);

        project.WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta + "\n// an edit\n");
        var edited = project.Build("-v:d");

        Assert.Contains("GradGate: started the runner early, on standby until the checks are compiled", edited.Output);
        Assert.Contains("GradGate: running 2 checks " + RanInStandby, edited.Output);
        Assert.Equal(Verdicts(first), Verdicts(edited));
        var error = Assert.Single(Distinct(edited.Errors));
        Assert.True(error.Code == "GG0001" && error.Message.Contains("GreekChecks.BetaWrong", StringComparison.Ordinal), edited.ToString());
        Assert.Empty(Standbys(project));

        // Nothing to compile, nothing to run: a no-op build starts no runner for the checks to never use.
        var noOp = project.Build("-v:d");
        Assert.DoesNotContain("started the runner early", noOp.Output);
        Assert.Equal(Verdicts(first), Verdicts(noOp));
    }

    [Fact]
    public void A_build_that_does_not_compile_leaves_no_runner_behind_and_the_next_one_judges_the_checks()
    {
        var project = TestProject.Create(package, "CompileError").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        Assert.Single(project.Build().Errors);

        project.WriteFile("Broken.cs", "namespace UserChecks; public static class Broken { public static int Value => ; }");
        var broken = project.Build("-v:d");

        Assert.Contains("GradGate: started the runner early", broken.Output);
        Assert.All(broken.Errors, error => Assert.StartsWith("CS", error.Code));
        Assert.DoesNotContain("GradGate: running", broken.Output);
        Assert.Empty(Standbys(project));

        File.Delete(Path.Combine(project.Directory, "Broken.cs"));
        var fixedBuild = project.Build("-v:d");
        Assert.Contains(RanInStandby, fixedBuild.Output);
        Assert.Equal("GG0001", Assert.Single(Distinct(fixedBuild.Errors)).Code);
    }

    /// <summary>
    /// The runner started early took the deps.json of the build before, which lacks a library the edit references: run
    /// there, the new check could not load it. It is dismissed and the checks run with the new dependencies.
    /// </summary>
    [Fact]
    public void An_edit_that_changes_the_projects_dependencies_runs_the_checks_in_a_runner_started_with_the_new_ones()
    {
        var helper = TestProject.Create(package, "Helper")
            .WriteFile("Helper.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .WriteFile("Factor.cs", "namespace HelperLib; public static class Factor { public static double Wrong => 3; }");
        var project = TestProject.Create(package, "DependencyAdded").WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        Assert.Single(project.Build().Errors);

        project
            .WriteFile(
                project.Name + ".csproj",
                TestProject.ProjectFile(package).Replace("</Project>", $"<ItemGroup><ProjectReference Include=\"{helper.ProjectPath}\" /></ItemGroup></Project>", StringComparison.Ordinal))
            .WriteFile("HelperChecks.cs", "using GradGate; namespace UserChecks; public static class HelperChecks { [GradCheck] public static GradCheckTarget ByHelper() => SquareLoss.Of(gradientFactor: HelperLib.Factor.Wrong); }");
        var edited = project.Build("-v:d");

        Assert.Equal(
            [("GG0001", "GreekChecks.BetaWrong"), ("GG0001", "HelperChecks.ByHelper")],
            Distinct(edited.Errors).Select(error => (error.Code, error.Message.Split(':')[0])).Order());
        Assert.Contains("GradGate: started the runner early", edited.Output);
        Assert.Contains($"the runner started while the project compiled cannot run the checks, since '{Path.Combine(project.OutputDirectory(), project.Name + ".deps.json")}' changed after it started", edited.Output);
        Assert.Empty(Standbys(project));
    }

    [Fact]
    public void With_GradGateStartRunnerEarly_false_no_runner_starts_before_the_checks_are_built()
    {
        var project = TestProject.Create(package, "NotEarly", extraProperties: "<GradGateStartRunnerEarly>false</GradGateStartRunnerEarly>")
            .WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta);
        project.Build();

        project.WriteFile("GreekChecks.cs", ReliabilitySources.AlphaAndBeta + "\n// an edit\n");
        var edited = project.Build("-v:d");

        Assert.DoesNotContain("started the runner early", edited.Output);
        Assert.Contains("GradGate: running 2 checks in ", edited.Output);
        Assert.Equal("GG0001", Assert.Single(Distinct(edited.Errors)).Code);
    }

    private static IEnumerable<(string Code, string Message)> Verdicts(BuildResult build)
        => Distinct(build.Diagnostics).Select(diagnostic => (diagnostic.Code, diagnostic.Message));

    /// <summary>Each diagnostic once: detailed verbosity logs it where it happens and again in the build's summary.</summary>
    private static IEnumerable<BuildDiagnostic> Distinct(IEnumerable<BuildDiagnostic> diagnostics)
        => diagnostics.DistinctBy(diagnostic => (diagnostic.Code, diagnostic.Line, diagnostic.Message));

    /// <summary>Runners on standby for this project (its runtimeconfig under obj/ names it), which must not outlive a build.</summary>
    private static IReadOnlyList<int> Standbys(TestProject project)
        => ProcessList.WithArguments("--standby", Path.Combine(project.Directory, "obj", "Debug", "net10.0", "gradgate", project.Name + ".runtimeconfig.json"));
}
