using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// A check that exhausts the capped heap is the only error: the checks after it run in a new runner process, whose
/// heap is whole, and pass. Before, they ran in the exhausted runtime, which died of SIGSEGV in one of them in about
/// one build in three, and the build blamed that healthy check (GG0011).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HeapExhaustionTests(PackageFixture package)
{
    [Fact]
    public void The_checks_after_one_that_exhausts_the_heap_run_in_a_new_runner_and_pass()
    {
        var project = TestProject.Create(package, "HeapExhaustion").WriteFile("HeapExhaustion.cs", FaultSources.HeapExhaustion);

        // One check at a time, so that every check after the allocating one would run in its runner.
        var build = project.Build("-p:GradGateMemoryLimit=512", "-p:GradGateMaxParallelChecks=1", "-v:d");

        Assert.False(build.Succeeded, build.ToString());
        // Detailed verbosity logs each error twice, once with the node's prefix.
        var error = Assert.Single(build.Errors.DistinctBy(error => (error.Code, error.Line, error.Message)));
        Assert.True(
            error.Code == "GG0009" && error.Message.Contains("B_AllocatesWithoutBound") && error.Message.Contains("OutOfMemoryException"),
            $"Expected only the allocating check's GG0009, got {error.Code}: {error.Message}");
        Assert.Contains("running the 3 checks left in a new process", build.Output);
        Assert.StartsWith("GradGate: 12 checks, 11 passed, 1 errored", build.Summary);
    }
}
