using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>Faults of the build's making rather than the target's: files the runner needs are missing, or the framework cannot run.</summary>
[Collection(PackageCollection.Name)]
public sealed class EnvironmentFaultTests(PackageFixture package)
{
    private const string DependencyChecks = """
        using GradGate;

        namespace UserChecks;

        public static class DependencyChecks
        {
            [GradCheck]
            public static GradCheckTarget NeedsTheMissingDependency() => Square(Dependency.Scale.Factor);

            [GradCheck]
            public static GradCheckTarget WrongGradient()
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => 3 * v).ToArray() });
            }

            [GradCheck]
            public static GradCheckTarget Healthy() => Square(1.0);

            private static GradCheckTarget Square(double scale)
            {
                double[] x = [1.0, 2.0];
                return GradCheckTarget.Loss(
                    new NamedArrays<double> { { "x", x } },
                    loss: () => scale * x.Sum(v => v * v),
                    gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => scale * 2 * v).ToArray() });
            }
        }
        """;

    [Fact]
    public void A_dependency_that_was_not_copied_fails_the_checks_that_use_it_naming_it_and_the_others_still_run()
    {
        var project = TestProject.Create(
                package,
                "MissingDependency",
                extraProperties: "<DefaultItemExcludes>$(DefaultItemExcludes);Dependency/**</DefaultItemExcludes>")
            .WriteFile("Dependency/Dependency.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """)
            .WriteFile("Dependency/Scale.cs", "namespace Dependency; public static class Scale { public static double Factor => 2.0; }")
            .WriteFile("DependencyChecks.cs", DependencyChecks)
            .WriteFile("Directory.Build.targets", """
                <Project>
                  <ItemGroup Condition="'$(MSBuildProjectName)' == 'MissingDependency'">
                    <!-- Referenced for compiling but not copied to the output, as a broken deployment leaves it. -->
                    <ProjectReference Include="Dependency/Dependency.csproj" Private="false" />
                  </ItemGroup>
                </Project>
                """);

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.False(File.Exists(Path.Combine(project.OutputDirectory(), "Dependency.dll")));
        var threw = Assert.Single(build.WithCode("GG0009"));
        Assert.Contains("NeedsTheMissingDependency", threw.Message);
        Assert.Contains("Dependency, Version=1.0.0.0", threw.Message);
        Assert.Contains(build.WithCode("GG0001"), error => error.Message.Contains("WrongGradient"));
        using var report = project.ReadJsonReport();
        var verdicts = report.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("methodName").GetString()!, check => check.GetProperty("verdict").GetString());
        Assert.Equal(("error", "failed", "passed"), (verdicts["NeedsTheMissingDependency"], verdicts["WrongGradient"], verdicts["Healthy"]));
        var junit = File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml"));
        Assert.Contains("errors=\"1\"", junit);
    }

    [Fact]
    public void Without_a_pdb_the_checks_run_and_their_findings_fall_back_to_the_project_file()
    {
        var project = TestProject.Create(package, "NoPdb", extraProperties: "<DebugType>none</DebugType>")
            .WriteFile("DependencyChecks.cs", DependencyChecks.Replace("Dependency.Scale.Factor", "3.0"));

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.False(File.Exists(Path.Combine(project.OutputDirectory(), "NoPdb.pdb")));
        var mismatch = Assert.Single(build.Errors);
        Assert.Equal(("GG0001", project.ProjectPath, 0), (mismatch.Code, mismatch.File, mismatch.Line));
        Assert.Contains("DependencyChecks.WrongGradient", mismatch.Message);
        Assert.Contains("3 checks, 2 passed, 1 failed", build.Summary);
    }

    [Fact]
    public void With_the_pdb_of_an_earlier_build_the_checks_run_and_their_findings_fall_back_to_the_project_file()
    {
        var checks = DependencyChecks.Replace("Dependency.Scale.Factor", "3.0");
        var project = TestProject.Create(package, "MismatchedPdb").WriteFile("DependencyChecks.cs", checks);
        var pdb = Path.Combine(project.OutputDirectory(), "MismatchedPdb.pdb");
        var located = project.Build();
        Assert.Equal(project.LineOf("DependencyChecks.cs", "WrongGradient()") + 1, Assert.Single(located.Errors).Line);
        var earlierPdb = File.ReadAllBytes(pdb);

        project.WriteFile("DependencyChecks.cs", "// Moves every line down, and gives the next build another PDB.\n" + checks);
        project.Build();
        // The earlier PDB in obj/ and bin/ alike, newer than the sources, so the next build neither compiles nor copies it;
        // without stored results the checks run again and read it.
        var now = DateTime.UtcNow;
        foreach (var copy in new[] { pdb, Path.Combine(project.Directory, "obj", "Debug", "net10.0", "MismatchedPdb.pdb") })
        {
            File.WriteAllBytes(copy, earlierPdb);
            File.SetLastWriteTimeUtc(copy, now);
        }

        File.Delete(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "gradgate", "results.json"));
        var mismatched = project.Build();

        Assert.False(mismatched.Succeeded, mismatched.ToString());
        Assert.Equal(earlierPdb, File.ReadAllBytes(pdb));
        var mismatch = Assert.Single(mismatched.Errors);
        Assert.Equal(("GG0001", project.ProjectPath, 0), (mismatch.Code, mismatch.File, mismatch.Line));
        Assert.Contains("3 checks, 2 passed, 1 failed", mismatched.Summary);
    }

    [Fact]
    public void A_netstandard_project_gets_a_clear_error_not_a_crash()
    {
        var project = TestProject.Create(package, "StandardLibrary", targetFrameworks: "netstandard2.0", extraProperties: "<LangVersion>latest</LangVersion>")
            .WriteFile("Checks.cs", """
                using System.Collections.Generic;
                using GradGate;

                namespace UserChecks;

                public static class Checks
                {
                    [GradCheck]
                    public static GradCheckTarget Linear()
                    {
                        var x = new[] { 1.0, 2.0 };
                        return GradCheckTarget.Loss(
                            new NamedArrays<double> { { "x", x } },
                            loss: () => x[0] + x[1],
                            gradients: () => new Dictionary<string, double[]> { ["x"] = new[] { 1.0, 1.0 } });
                    }
                }
                """);

        var build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Errors);
        Assert.Equal(("GG0016", project.ProjectPath), (error.Code, error.File));
        Assert.Contains("targets netstandard2.0", error.Message);
        Assert.Contains("target a runtime framework such as net8.0", error.Message);
        Assert.DoesNotContain("   at ", build.Output);
    }

    [Fact]
    public void A_build_whose_checks_cannot_run_leaves_no_reports_of_an_earlier_build_behind()
    {
        var project = TestProject.Create(package, "StaleReports").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);
        var passing = project.Build();
        Assert.True(passing.Succeeded, passing.ToString());
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));

        var misconfigured = project.Build("-p:GradGateTimeout=soon");

        Assert.False(misconfigured.Succeeded, misconfigured.ToString());
        Assert.Equal("GG0012", Assert.Single(misconfigured.Errors).Code);
        Assert.Empty(Directory.GetFiles(project.ReportDirectory()));
    }
}
