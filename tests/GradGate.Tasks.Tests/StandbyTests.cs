using GradGate.Gate.Storage;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests;

/// <summary>
/// The runner started early (StartGradientRunner, before the compiler runs) and the run task of the same build, on the
/// fixture assembly with the real runner, through a build engine that keeps registered objects as MSBuild does.
/// </summary>
[Collection(MsBuildCollection.Name)]
public sealed class StandbyTests : IDisposable
{
    private const string Filter = "TasksFixture.QuadraticChecks*";

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private FixtureBuild Build => new(_scratch);

    private string ResultsPath => Build.ResultsPath;

    private string IntermediateDirectory => Build.IntermediateDirectory;

    [Fact]
    public void The_runner_started_early_runs_the_builds_checks_and_they_are_judged_as_by_a_runner_started_after()
    {
        Assert.True(Run(new RecordingBuildEngine()).Execute());
        var withoutStandby = Build.ComparableResults();

        var engine = new RecordingBuildEngine();
        Assert.True(StartEarly(engine).Execute());
        Assert.Single(engine.RegisteredObjects);
        Assert.Single(StandbyProcesses());
        var ran = Run(engine).Execute();

        Assert.True(ran, string.Join("\n", engine.Events.Select(logged => logged.Message)));
        Assert.Contains(engine.Messages, message => message.Message.StartsWith("GradGate: running 4 checks in the runner started while the project compiled", StringComparison.Ordinal));
        Assert.Equal(withoutStandby, Build.ComparableResults());
        Assert.Empty(engine.RegisteredObjects);
        Assert.Empty(StandbyProcesses());
    }

    [Fact]
    public void A_runner_started_early_with_another_setting_is_dismissed_and_the_checks_run_in_a_new_one()
    {
        Assert.True(Run(new RecordingBuildEngine()).Execute());
        var engine = new RecordingBuildEngine();
        var early = StartEarly(engine);
        early.MemoryLimit = "1024";
        Assert.True(early.Execute());

        var ran = Run(engine).Execute();

        Assert.True(ran, string.Join("\n", engine.Errors.Select(error => error.Message)));
        Assert.Contains(engine.Messages, message => message.Message.Contains("cannot run the checks, since the build prepared another command line", StringComparison.Ordinal));
        Assert.Equal(6, RunResultStore.Read(ResultsPath, out _)!.Checks.Count);
        Assert.Empty(StandbyProcesses());
    }

    [Fact]
    public void A_runner_started_early_that_no_run_takes_over_ends_when_the_build_ends_and_leaves_nothing()
    {
        Assert.True(Run(new RecordingBuildEngine()).Execute());
        File.Delete(ResultsPath);
        File.Delete(Path.Combine(IntermediateDirectory, "events.jsonl"));
        var engine = new RecordingBuildEngine();
        Assert.True(StartEarly(engine).Execute());
        Assert.Single(StandbyProcesses());

        // What MSBuild does with the objects still registered when the build ends (a build that failed to compile).
        foreach (var registered in engine.RegisteredObjects.OfType<IDisposable>())
        {
            registered.Dispose();
        }

        Assert.Empty(StandbyProcesses());
        Assert.False(File.Exists(ResultsPath));
        Assert.False(File.Exists(Path.Combine(IntermediateDirectory, "events.jsonl")));
    }

    [Fact]
    public void No_runner_starts_early_for_a_library_whose_runtimeconfig_the_run_has_not_written_yet()
    {
        var engine = new RecordingBuildEngine();

        Assert.True(StartEarly(engine).Execute());

        Assert.Empty(engine.RegisteredObjects);
        Assert.Empty(engine.Diagnostics);
        Assert.Contains(engine.Messages, message => message.Message.StartsWith("GradGate: the runner is not started early", StringComparison.Ordinal));
        Assert.False(Directory.Exists(IntermediateDirectory));
    }

    /// <summary>The runners on standby whose runtimeconfig is this test's.</summary>
    private IReadOnlyList<int> StandbyProcesses()
    {
        var runtimeConfig = Path.Combine(IntermediateDirectory, Path.GetFileNameWithoutExtension(TestAssets.FixtureAssembly) + ".runtimeconfig.json");
        return ProcessList.WithArguments("--standby", runtimeConfig);
    }

    private StartGradientRunner StartEarly(RecordingBuildEngine engine) => Build.StartEarly(engine);

    private RunGradientChecks Run(RecordingBuildEngine engine) => Build.Run(engine, Filter);
}
