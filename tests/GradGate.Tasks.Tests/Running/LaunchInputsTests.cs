using GradGate.Gate.Running;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Running;

/// <summary>What a runner started early read, and whether it is still what the build would start a runner with.</summary>
public sealed class LaunchInputsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private RunnerLaunch Launch(string? heapLimitMegabytes = null)
        => new RunnerLaunch("/usr/bin/dotnet", "/pkg/GradGate.Runner.dll", _scratch.File("obj/App.runtimeconfig.json"), _scratch.File("bin/App.deps.json"), null, ["/nuget/"], _scratch.File("bin"))
        {
            HeapHardLimitBytes = heapLimitMegabytes is null ? null : long.Parse(heapLimitMegabytes) << 20,
        };

    private void Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_scratch.File(relativePath))!);
        File.WriteAllText(_scratch.File(relativePath), text);
    }

    public LaunchInputsTests()
    {
        Write("obj/App.runtimeconfig.json", "{}");
        Write("bin/App.deps.json", """{"a":1}""");
        Write("bin/GradGate.Engine.dll", "engine");
        Write("bin/App.dll", "app");
    }

    [Fact]
    public void Unchanged_files_are_the_same_inputs_and_the_users_own_assembly_is_not_one_of_them()
    {
        var before = LaunchInputs.Of(Launch());
        Write("bin/App.dll", "the compiler's new assembly");

        Assert.Null(before.FirstDifference(LaunchInputs.Of(Launch())));
    }

    [Theory]
    [InlineData("bin/App.deps.json", """{"a":2}""")]
    [InlineData("obj/App.runtimeconfig.json", """{"rollForward":"LatestMajor"}""")]
    [InlineData("bin/GradGate.Engine.dll", "another engine")]
    [InlineData("bin/GradGate.Checking.dll", "an assembly the build copied since")]
    public void A_changed_deps_file_runtimeconfig_or_GradGate_assembly_is_named(string relativePath, string text)
    {
        var before = LaunchInputs.Of(Launch());
        Write(relativePath, text);

        Assert.Equal(_scratch.File(relativePath), before.FirstDifference(LaunchInputs.Of(Launch())));
    }

    [Fact]
    public void Launches_start_the_same_runner_only_with_the_same_command_line_and_variables()
    {
        Assert.True(Launch().StartsTheSameAs(Launch()));
        Assert.False(Launch().StartsTheSameAs(Launch(heapLimitMegabytes: "1024")));
        Assert.False(Launch().StartsTheSameAs(Launch() with { RollForward = "LatestMajor" }));
        Assert.False(Launch().StartsTheSameAs(Launch() with { WithoutPrecompiledCode = true }));
        Assert.False(Launch().StartsTheSameAs(Launch() with { WorkingDirectory = "/elsewhere" }));
        Assert.Equal(["--standby"], Launch().Arguments(RunnerLaunch.Standby).TakeLast(1));
    }
}
