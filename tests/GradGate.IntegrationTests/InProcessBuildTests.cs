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
        File.WriteAllBytes(output, File.ReadAllBytes(output));
        File.Delete(output);
        Assert.False(File.Exists(output));
    }
}
