using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// Ctrl-C in a terminal, sent to the build's whole process group at each moment of a build that runs the checks: the
/// interrupted build blames no check, and the next plain build gives the true verdict, never a stored crash.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class InterruptionTests(PackageFixture package)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public void Ctrl_c_at_any_moment_of_a_build_leaves_nothing_that_the_next_build_reports()
    {
        var project = TestProject.Create(package, "Interrupted").WriteFile("ReliabilityChecks.cs", ReliabilitySources.SlowAndWrong);
        var started = Path.Combine(project.OutputDirectory(), ReliabilitySources.SlowCheckStarted);
        AssertTrueVerdict(project, project.Build(), "the first build");

        var moments = new (string Name, Func<RunningBuild, bool> Reached)[]
        {
            ("while compiling", build => build.WaitForLine(line => line.Contains("CoreCompile:", StringComparison.Ordinal), Patience)),
            ("before the runner starts", build => build.WaitForLine(line => line.Contains(" -> ", StringComparison.Ordinal) && line.EndsWith(".dll", StringComparison.Ordinal), Patience)),
            ("while a check runs", build => SpinWait.SpinUntil(() => File.Exists(started) || build.HasExited, Patience) && File.Exists(started)),
            ("while the reports are written", build => build.WaitForLine(line => line.Contains("GradGate: 2 checks", StringComparison.Ordinal), Patience)),
        };
        foreach (var (moment, reached) in moments)
        {
            // A change the gate must see, so the interrupted build compiles and runs the checks again.
            project.WriteFile("ReliabilityChecks.cs", ReliabilitySources.SlowAndWrong + $"\n// {moment}\n");
            File.Delete(started);

            BuildResult interrupted;
            using (var build = project.StartBuild(keepInputOpen: false))
            {
                Assert.True(reached(build), $"The build never got {moment}.");
                build.InterruptProcessGroup();
                interrupted = build.WaitForExit();
            }

            Assert.False(interrupted.Succeeded, $"{moment}: {interrupted}");
            Assert.DoesNotContain(interrupted.Errors, error => error.Code is "GG0011" or "GG0021" or "GG0018");
            AssertTrueVerdict(project, project.Build(), $"the build after Ctrl-C {moment}");
        }
    }

    /// <summary>
    /// The last moment above is close to the build's end, so the build may end before the Ctrl-C: interrupting a build
    /// that has ended, and been reaped, must leave the test to judge its result rather than fail it.
    /// </summary>
    [Fact]
    public void A_ctrl_c_after_the_build_ended_is_not_an_error_of_the_test()
    {
        var project = TestProject.Create(package, "EndedBeforeCtrlC");
        using var build = project.StartBuild(keepInputOpen: false, "--no-such-switch");
        var ended = build.WaitForExit();

        build.InterruptProcessGroup();

        Assert.False(ended.Succeeded, ended.ToString());
    }

    /// <summary>One check passes and one fails with GG0001, in the build log and in the report.</summary>
    private static void AssertTrueVerdict(TestProject project, BuildResult build, string which)
    {
        Assert.False(build.Succeeded, $"{which}: {build}");
        var error = Assert.Single(build.Errors);
        Assert.True(error.Code == "GG0001" && error.Message.Contains("ReliabilityChecks.Wrong", StringComparison.Ordinal), $"{which}: {build}");
        Assert.StartsWith("GradGate: 2 checks, 1 passed, 1 failed", build.Summary);
        using var report = project.ReadJsonReport();
        Assert.Equal(
            [("Slow", "passed"), ("Wrong", "failed")],
            report.RootElement.GetProperty("checks").EnumerateArray().Select(check => (check.GetProperty("methodName").GetString(), check.GetProperty("verdict").GetString())));
    }
}
