using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

[Collection(PackageCollection.Name)]
public sealed class GateVerdictTests(PackageFixture package)
{
    [Fact]
    public void A_correct_project_passes_and_writes_every_report()
    {
        var project = TestProject.Create(package, "Correct").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Errors);
        Assert.Contains("2 checks, 2 passed", build.Summary);
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.json")));
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.md")));
    }

    [Fact]
    public void Dotnet_clean_after_the_first_build_removes_the_reports_and_the_stored_results()
    {
        // The first build: the gate's folder does not exist yet when MSBuild lists the build's writes, so the gate must
        // name its files for them to be recorded (a glob alone found none, and the clean kept the results).
        var project = TestProject.Create(package, "Cleaned").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);
        Assert.True(project.Build().Succeeded);
        var stored = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "gradgate", "results.json");
        Assert.True(File.Exists(stored));

        var clean = project.Clean();

        Assert.Equal(0, clean.ExitCode);
        Assert.False(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.json")), clean.Output);
        Assert.False(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));
        Assert.False(File.Exists(stored));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(stored)!, "settings.txt")));
    }

    [Fact]
    public void The_bug_hunt_fails_on_W1_at_the_check_line_stays_failed_and_passes_once_fixed()
    {
        var project = TestProject.Create(package, "BugHunt")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);
        var methodLine = project.LineOf("NetworkChecks.cs", "public static GradCheckTarget TwoLayerNetGradients()");

        var first = project.Build();

        Assert.False(first.Succeeded, first.ToString());
        var mismatch = Assert.Single(first.WithCode("GG0001"));
        Assert.Contains("W1", mismatch.Message);
        Assert.DoesNotContain("W2", mismatch.Message);
        Assert.EndsWith("NetworkChecks.cs", mismatch.File);
        Assert.Equal(methodLine + 1, mismatch.Line); // the method body's opening brace, its first sequence point
        Assert.Empty(ReportValidation.JsonSchemaErrors(Path.Combine(project.ReportDirectory(), "gradgate.json")));
        Assert.Empty(ReportValidation.JUnitSchemaErrors(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));
        Assert.Contains("type=\"GG0001\"", File.ReadAllText(Path.Combine(project.ReportDirectory(), "gradgate.junit.xml")));
        using (var json = project.ReadJsonReport())
        {
            // Outside any git repository, report paths are relative to the project's folder.
            Assert.Equal("NetworkChecks.cs", json.RootElement.GetProperty("checks")[0].GetProperty("source").GetProperty("file").GetString());
        }


        var resultsFile = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "gradgate", "results.json");
        var firstRun = File.GetLastWriteTimeUtc(resultsFile);

        var again = project.Build();

        Assert.False(again.Succeeded, again.ToString());
        Assert.Single(again.WithCode("GG0001"));
        Assert.Equal(firstRun, File.GetLastWriteTimeUtc(resultsFile)); // reported again, not run again

        project.WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("1.0"));
        var fixedBuild = project.Build();

        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.Empty(fixedBuild.WithCode("GG0001"));
        Assert.Matches(@"1 checks?, 1 passed", fixedBuild.Summary);
    }

    [Fact]
    public void GradGateEnabled_false_skips_the_gate()
    {
        var project = TestProject.Create(package, "Disabled")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = project.Build("-p:GradGateEnabled=false");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);
        Assert.Null(build.Summary);
        Assert.False(Directory.Exists(project.ReportDirectory()));
    }

    [Fact]
    public void GradGateRunOnBuild_false_builds_without_the_checks_which_GradGateCheck_then_runs_on_demand()
    {
        var project = TestProject.Create(package, "NotOnBuild")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = project.Build("-p:GradGateRunOnBuild=false");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);
        Assert.Null(build.Summary);
        Assert.False(Directory.Exists(project.ReportDirectory()));

        var onDemand = new BuildResult(DotNet.Run(project.Directory, "msbuild", project.ProjectPath, "-t:GradGateCheck", "-p:GradGateRunOnBuild=false", "-nodeReuse:false", "-tl:off", "-v:n"));

        Assert.False(onDemand.Succeeded, onDemand.ToString());
        Assert.Contains("W1", Assert.Single(onDemand.WithCode("GG0001")).Message);
        Assert.Matches(@"1 checks?, 0 passed, 1 failed", onDemand.Summary);
        Assert.True(File.Exists(Path.Combine(project.ReportDirectory(), "gradgate.json")));
    }

    [Fact]
    public void GradGateFilter_runs_only_the_checks_it_selects()
    {
        var project = TestProject.Create(package, "Filtered")
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks)
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = project.Build("-p:GradGateFilter=*Sigmoid");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("1 check", build.Summary);
        using var report = project.ReadJsonReport();
        var check = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("UserChecks.CorrectChecks.Sigmoid", check.GetProperty("id").GetString());
    }

    [Fact]
    public void GradGateFilter_selects_one_member_of_a_family_by_its_id_and_fails_when_it_names_none()
    {
        const string family = """
            using GradGate;

            namespace UserChecks;

            public static class Widths
            {
                [GradCheck]
                public static IEnumerable<GradCheckTarget> Layers()
                {
                    yield return Cube(1.0).Named("narrow");
                    yield return Cube(2.0).Named("wide");
                }

                private static GradCheckTarget Cube(double factor)
                {
                    double[] x = [1.5, -2.0, 0.25];
                    return GradCheckTarget.Loss(
                        new NamedArrays<double> { { "x", x } },
                        loss: () => x.Sum(v => v * v * v),
                        gradients: () => new Dictionary<string, double[]> { ["x"] = x.Select(v => factor * 3 * v * v).ToArray() });
                }
            }
            """;
        var project = TestProject.Create(package, "MemberFilter").WriteFile("Widths.cs", family);

        var narrow = project.Build("-p:GradGateFilter=UserChecks.Widths.Layers[narrow]");

        Assert.True(narrow.Succeeded, narrow.ToString());
        using (var report = project.ReadJsonReport())
        {
            Assert.Equal("UserChecks.Widths.Layers[narrow]", Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray()).GetProperty("id").GetString());
        }

        var wide = project.Build("-p:GradGateFilter=*Layers[w*]");

        Assert.False(wide.Succeeded, wide.ToString());
        Assert.Contains("Widths.Layers[wide]", Assert.Single(wide.WithCode("GG0001")).Message);

        var none = project.Build("-p:GradGateFilter=*Layers[medium]");

        Assert.False(none.Succeeded, none.ToString());
        Assert.Contains("none of their members has a matching id or name", Assert.Single(none.WithCode("GG0012")).Message);
    }

    [Fact]
    public void Thresholds_from_properties_and_from_the_attribute_change_the_verdict()
    {
        var project = TestProject.Create(package, "Thresholds")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        // W1's relative error is about 1/3: above 1e-5 it fails, below an error threshold of 0.9 it is a warning.
        var relaxed = project.Build("-p:GradGateErrorThreshold=0.9");

        Assert.True(relaxed.Succeeded, relaxed.ToString());
        Assert.Empty(relaxed.WithCode("GG0001"));
        Assert.Contains(relaxed.WithCode("GG0002"), warning => warning.Message.Contains("W1"));

        project.WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck.Replace("[GradCheck]", "[GradCheck(ErrorThreshold = 0.9, WarningThreshold = 0.9)]"));
        var overridden = project.Build();

        Assert.True(overridden.Succeeded, overridden.ToString());
        Assert.Empty(overridden.WithCode("GG0001"));
        Assert.Empty(overridden.WithCode("GG0002"));
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_on_a_GG_warning_unless_the_code_is_in_WarningsNotAsErrors_or_NoWarn()
    {
        var project = TestProject.Create(package, "WarningsAsErrors")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);
        const string WarningBand = "-p:GradGateErrorThreshold=0.9"; // W1's error of about 1/3 is then a GG0002 warning

        var strict = project.Build(WarningBand, "-p:TreatWarningsAsErrors=true");
        var exempted = project.Build(WarningBand, "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=GG0002");
        var suppressed = project.Build(WarningBand, "-p:TreatWarningsAsErrors=true", "-p:NoWarn=GG0002");

        Assert.False(strict.Succeeded, strict.ToString());
        var error = Assert.Single(strict.Errors);
        Assert.Equal("GG0002", error.Code);
        Assert.StartsWith("Warning As Error: TwoLayerNetGradients: Gradient of W1 is slightly off", error.Message.Replace("NetworkChecks.", "", StringComparison.Ordinal));
        Assert.True(exempted.Succeeded, exempted.ToString());
        Assert.Equal("GG0002", Assert.Single(exempted.Warnings).Code);
        Assert.True(suppressed.Succeeded, suppressed.ToString());
        Assert.Empty(suppressed.Warnings);
    }

    [Fact]
    public void GradGateMode_fast_still_names_W1_and_the_report_says_which_mode_ran()
    {
        var project = TestProject.Create(package, "FastMode")
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = project.Build("-p:GradGateMode=fast");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("W1", Assert.Single(build.WithCode("GG0001")).Message);
        using var report = project.ReadJsonReport();
        var check = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("fast", check.GetProperty("settings").GetProperty("mode").GetString());
        Assert.Equal("fast", report.RootElement.GetProperty("settings").GetProperty("mode").GetString());
    }

    [Fact]
    public void The_gate_does_not_spread_to_a_project_that_references_the_checks_project()
    {
        var checks = TestProject.Create(package, "CheckedLibrary").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);
        var consumer = TestProject.CreateConsumerOf(package, "Consumer", checks)
            .WriteFile("Program.cs", "namespace Consumer; public static class Uses { public static object Check() => UserChecks.CorrectChecks.Quadratic(); }");

        var build = consumer.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Single(build.Output.Split('\n'), line => line.Contains("GradGate: 2 checks, 2 passed", StringComparison.Ordinal));
        Assert.True(Directory.Exists(checks.ReportDirectory()));
        Assert.False(Directory.Exists(consumer.ReportDirectory()));
        Assert.False(Directory.Exists(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "gradgate")));
    }

    [Fact]
    public void A_project_without_check_targets_gets_a_warning()
    {
        var project = TestProject.Create(package, "NoTargets").WriteFile("Model.cs", "namespace UserChecks; public static class Model { }");

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        var warning = Assert.Single(build.WithCode("GG0013"));
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("[GradCheck]", warning.Message);
    }
}
