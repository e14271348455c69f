using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

/// <summary>The build node (here, this test process) runs the gate's task but never the user's code.</summary>
[Collection(PackageCollection.Name)]
public sealed class InProcessBuildTests(PackageFixture package)
{
    [Fact]
    public void An_in_process_build_runs_the_gate_without_loading_or_locking_user_code()
    {
        var project = TestProject.Create(package, "InProcessChecks").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var (succeeded, log) = InProcessBuild.RestoreAndBuild(project.ProjectPath);

        Assert.True(succeeded, log);
        Assert.Contains("GradGate: 2 checks, 2 passed", log);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetName().Name).ToHashSet();
        Assert.Contains("GradGate.Tasks", loaded);
        Assert.DoesNotContain("InProcessChecks", loaded);
        Assert.DoesNotContain("GradGate.Engine", loaded);

        var output = Path.Combine(project.OutputDirectory(), "InProcessChecks.dll");
        Assert.DoesNotContain(output, OpenFilesOfThisProcess());
        File.WriteAllBytes(output, File.ReadAllBytes(output)); // what a locked file refuses on Windows
        File.Delete(output);
        Assert.False(File.Exists(output));
    }

    /// <summary>
    /// The files this process holds open. On Linux, overwriting or deleting an open file succeeds, so only the
    /// descriptor table tells whether the build node kept the user's assembly open.
    /// </summary>
    private static IEnumerable<string> OpenFilesOfThisProcess()
    {
        var descriptors = new DirectoryInfo("/proc/self/fd");
        return descriptors.Exists
            ? descriptors.EnumerateFileSystemInfos().Select(descriptor => descriptor.LinkTarget).OfType<string>().ToList()
            : [];
    }
}
