using GradGate.IntegrationTests.Infrastructure;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// Checks that misbehave towards the process they run in, in a build whose standard input is an open pipe (as in
/// <c>sleep 60 | dotnet build</c>): none of it stalls the build or outlives it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProcessHygieneTests(PackageFixture package)
{
    [Fact]
    public void Checks_that_read_raw_input_leave_processes_running_or_block_the_exit_pass_and_leave_nothing_behind()
    {
        var project = TestProject.Create(package, "Hygiene").WriteFile("ProcessChecks.cs", ReliabilitySources.MisbehavingProcesses);

        BuildResult build;
        using (var running = project.StartBuild(keepInputOpen: true, "-p:GradGateTimeout=10"))
        {
            build = running.WaitForExit();
        }

        Assert.True(build.Succeeded, build.ToString());
        Assert.StartsWith("GradGate: 3 checks, 3 passed", build.Summary);
        Assert.Contains("GradGate: ended 2 processes that the checks had started and left running", build.Output);
        Assert.Contains("GradGate: the checks' process had finished every check but was still running 3 s later", build.Output);
        Assert.Empty(ProcessList.WithCommandLine("sleep", ReliabilitySources.OrphanSeconds));
    }
}
