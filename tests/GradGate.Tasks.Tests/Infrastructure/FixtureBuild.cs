using GradGate.Gate.Storage;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>
/// The tasks of one build of the fixture project, with the real runner, set up as the targets set them up: obj/ paths
/// relative to the current folder (as MSBuild passes them), under a scratch folder of the test's.
/// </summary>
internal sealed class FixtureBuild(ScratchFolder scratch)
{
    public string IntermediateDirectory => scratch.File("obj/gradgate");

    public string ResultsPath => scratch.File("obj/gradgate/results.json");

    /// <summary>RunGradientChecks for the checks <paramref name="filter"/> selects.</summary>
    public RunGradientChecks Run(RecordingBuildEngine engine, string filter, string timeoutSeconds = "30")
        => new()
        {
            BuildEngine = engine,
            AssemblyPath = TestAssets.FixtureAssembly,
            DepsFilePath = Path.ChangeExtension(TestAssets.FixtureAssembly, ".deps.json"),
            ResultsPath = Path.GetRelativePath(Environment.CurrentDirectory, ResultsPath),
            IntermediateDirectory = Path.GetRelativePath(Environment.CurrentDirectory, IntermediateDirectory),
            RunnerPath = TestAssets.RunnerAssembly,
            ProjectPath = TestAssets.FixtureProject,
            TargetFramework = "net10.0",
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            DotNetHostPath = TestAssets.DotNetHost,
            Filter = filter,
            Timeout = timeoutSeconds,
        };

    /// <summary>StartGradientRunner, as the build runs it before the compiler.</summary>
    public StartGradientRunner StartEarly(RecordingBuildEngine engine)
        => new()
        {
            BuildEngine = engine,
            AssemblyPath = TestAssets.FixtureAssembly,
            DepsFilePath = Path.ChangeExtension(TestAssets.FixtureAssembly, ".deps.json"),
            IntermediateDirectory = Path.GetRelativePath(Environment.CurrentDirectory, IntermediateDirectory),
            RunnerPath = TestAssets.RunnerAssembly,
            TargetFramework = "net10.0",
            TargetFrameworkIdentifier = ".NETCoreApp",
            TargetFrameworkVersion = "v10.0",
            DotNetHostPath = TestAssets.DotNetHost,
        };

    /// <summary>The stored results as JSON, with every duration and the start time blanked.</summary>
    public string ComparableResults()
    {
        var run = Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _));
        run.StartedAtUtc = default;
        run.DurationSeconds = 0;
        run.Checks.ForEach(check => check.DurationSeconds = 0);
        return ResultJson.Serialize(run);
    }
}
