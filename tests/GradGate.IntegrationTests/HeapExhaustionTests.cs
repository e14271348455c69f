using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>
/// A check that exhausts the capped heap is the only error. The checks after it run in a new runner process, whose
/// heap is whole, and pass: before, they ran in the exhausted runtime, which died of SIGSEGV in one of them in 4 builds
/// of 6, and the build blamed that healthy check (GG0011). A check beside it, starved of the heap they share, is run
/// again alone and passes: before, it got the GG0009 of an OutOfMemoryException it did not cause.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HeapExhaustionTests(PackageFixture package)
{
    [Fact]
    public void The_checks_after_one_that_exhausts_the_heap_run_in_a_new_runner_and_pass()
    {
        // One check at a time, so that every check after the allocating one would run in its runner.
        var build = BuildWithHeapCap("HeapExhaustion", FaultSources.HeapExhaustion, maxParallelChecks: 1);

        AssertOnlyTheAllocatingCheckErred(build, "B_AllocatesWithoutBound");
        Assert.Contains("running the 3 checks left in a new process", build.Output);
        Assert.StartsWith("GradGate: 12 checks, 11 passed, 1 errored", build.Summary);
    }

    [Fact]
    public void A_check_starved_of_memory_by_the_one_beside_it_is_run_again_alone_and_passes()
    {
        var build = BuildWithHeapCap("SharedHeap", FaultSources.SharedHeap, maxParallelChecks: 2);

        AssertOnlyTheAllocatingCheckErred(build, "A_AllocatesWithoutBound");
        Assert.Contains("so that only a check that runs out of memory alone is named", build.Output);
        Assert.StartsWith("GradGate: 4 checks, 3 passed, 1 errored", build.Summary);
    }

    /// <summary>Builds the checks with a 512 MB heap cap, at detailed verbosity, which shows why another runner process runs.</summary>
    private BuildResult BuildWithHeapCap(string name, string checks, int maxParallelChecks)
        => TestProject.Create(package, name)
            .WriteFile("HeapTargets.cs", FaultSources.HeapTargets)
            .WriteFile($"{name}.cs", checks)
            .Build("-p:GradGateMemoryLimit=512", $"-p:GradGateMaxParallelChecks={maxParallelChecks}", "-v:d");

    /// <summary>The build's one error (detailed verbosity logs each twice, once with the node's prefix) is the allocating check's GG0009.</summary>
    private static void AssertOnlyTheAllocatingCheckErred(BuildResult build, string allocatingCheck)
    {
        Assert.False(build.Succeeded, build.ToString());
        var errors = build.Errors.DistinctBy(error => (error.Code, error.Line, error.Message)).ToList();
        Assert.True(
            errors is [{ Code: "GG0009" } error] && error.Message.Contains(allocatingCheck) && error.Message.Contains("OutOfMemoryException"),
            $"Expected only {allocatingCheck}'s GG0009, got {errors.Count} error(s):\n" + string.Join("\n", errors.Select(error => $"{error.Code}: {error.Message}")));
    }
}
