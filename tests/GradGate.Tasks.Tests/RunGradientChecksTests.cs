using System.Reflection;
using System.Text.Json;
using GradGate.Results;
using GradGate.Gate.Storage;
using GradGate.Tasks.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GradGate.Tasks.Tests;

/// <summary>The task on the fixture assembly, on every path that needs no runner: configuration, selection, runtime choice.</summary>
[Collection(MsBuildCollection.Name)]
public sealed class RunGradientChecksTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ResultsPath => _scratch.File("results.json");

    [Theory]
    [InlineData(nameof(RunGradientChecks.ErrorThreshold), "GradGateErrorThreshold", "one")]
    [InlineData(nameof(RunGradientChecks.WarningThreshold), "GradGateWarningThreshold", "-1e-7")]
    [InlineData(nameof(RunGradientChecks.Epsilon), "GradGateEpsilon", "0")]
    [InlineData(nameof(RunGradientChecks.Timeout), "GradGateTimeout", "-5")]
    public void Each_bad_property_value_is_a_GG0012_error_naming_the_property_and_nothing_runs(string parameter, string property, string value)
    {
        var (succeeded, engine) = Run(task => typeof(RunGradientChecks).GetProperty(parameter)!.SetValue(task, value));

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.BadConfiguration, error.Code);
        Assert.Equal(TestAssets.FixtureProject, error.File);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ResultsPath));
    }

    [Fact]
    public void All_bad_values_are_logged_in_one_build()
    {
        var (_, engine) = Run(task =>
        {
            task.ErrorThreshold = "1e-5";
            task.WarningThreshold = "1e-3";
            task.Epsilon = "tiny";
            task.Timeout = "0";
        });

        Assert.Equal(3, engine.Errors.Count());
        Assert.All(engine.Errors, error => Assert.Equal(DiagnosticCodes.BadConfiguration, error.Code));
    }

    [Fact]
    public void Results_of_an_earlier_run_do_not_survive_a_failed_one()
    {
        File.WriteAllText(ResultsPath, "{}");

        var (succeeded, _) = Run(task => task.Timeout = "never");

        Assert.False(succeeded);
        Assert.False(File.Exists(ResultsPath));
    }

    [Fact]
    public void An_assembly_without_checks_stores_a_no_targets_warning_and_needs_no_runtime()
    {
        var (succeeded, engine) = Run(task =>
        {
            task.AssemblyPath = Path.Combine(TestAssets.FixtureOutputDirectory, "GradGate.dll");
            task.DotNetHostPath = _scratch.File("no-such-host");
        });

        Assert.True(succeeded);
        Assert.Empty(engine.Diagnostics);
        var run = StoredRun();
        Assert.Empty(run.Checks);
        Assert.Equal(DiagnosticCodes.NoTargets, Assert.Single(run.RunFindings).Code);
        Assert.Equal("GradGate", run.AssemblyName);
    }

    [Fact]
    public void A_filter_that_selects_nothing_stores_an_error_finding()
    {
        var (succeeded, _) = Run(task => task.Filter = "*Softmax*");

        Assert.True(succeeded);
        var run = StoredRun();
        Assert.Equal("*Softmax*", run.Filter);
        Assert.Empty(run.Checks);
        var finding = Assert.Single(run.RunFindings);
        Assert.Equal((DiagnosticCodes.BadConfiguration, Severity.Error), (finding.Code, finding.Severity));
        Assert.Contains("'*Softmax*'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_checks_are_stored_as_skipped_at_their_source_line_without_starting_the_runner()
    {
        var (succeeded, engine) = Run(task =>
        {
            task.Filter = "*.Skipped";
            task.ErrorThreshold = "1e-4";
            task.TargetFramework = "net10.0";
        });

        Assert.True(succeeded);
        Assert.Empty(engine.Diagnostics);
        var run = StoredRun();
        var check = Assert.Single(run.Checks);
        Assert.Equal(("TasksFixture.QuadraticChecks.Skipped", Verdict.Skipped, "waiting for the optimiser rewrite"), (check.Id, check.Verdict, check.SkipReason));
        Assert.Equal(DiagnosticCodes.Skipped, Assert.Single(check.Findings).Code);
        Assert.Equal(TestAssets.MarkedLine("Skipped"), check.Source!.Line);
        var taskVersion = typeof(RunGradientChecks).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal((taskVersion, "net10.0", 1e-4), (run.ToolVersion, run.TargetFramework, run.Settings.ErrorThreshold));
        Assert.Equal(60, run.Settings.TimeoutSeconds);
        Assert.Equal(Path.GetFullPath(TestAssets.FixtureAssembly), run.AssemblyPath);
        Assert.Empty(run.RunFindings);
    }

    [Fact]
    public void Source_roots_turn_the_PDBs_deterministic_paths_into_local_files()
    {
        var checkout = Path.Combine(_scratch.Path, "checkout") + Path.DirectorySeparatorChar;
        var root = new TaskItem(checkout);
        root.SetMetadata("MappedPath", TestAssets.FixtureSourceDirectory);

        Run(task =>
        {
            task.Filter = "*.Skipped";
            task.SourceRoots = [root];
        });

        Assert.Equal(Path.Combine(checkout, "QuadraticChecks.cs"), Assert.Single(StoredRun().Checks).Source!.File);
    }

    [Fact]
    public void A_netstandard_target_is_a_GG0016_error_that_says_to_target_a_runtime()
    {
        var (succeeded, engine) = Run(task =>
        {
            task.TargetFrameworkIdentifier = ".NETStandard";
            task.TargetFrameworkVersion = "v2.0";
            task.TargetFramework = "netstandard2.0";
            task.DotNetHostPath = FakeHost("10.0.12");
        });

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.RuntimeUnavailable, error.Code);
        Assert.Contains("netstandard2.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("runtime framework", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ResultsPath));
    }

    [Fact]
    public void A_target_no_installed_runtime_can_run_is_a_GG0016_error()
    {
        var (succeeded, engine) = Run(task => task.DotNetHostPath = FakeHost("8.0.11", "9.0.3"));

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.RuntimeUnavailable, error.Code);
        Assert.Contains("installed: 8.0.11, 9.0.3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_major_rolls_forward_says_so_and_a_host_that_cannot_start_is_a_GG0011_error()
    {
        var (succeeded, engine) = Run(task => task.DotNetHostPath = FakeHost("11.0.1"));

        Assert.False(succeeded);
        var notice = Assert.Single(engine.Messages, message => message.Message.Contains("rollForward LatestMajor", StringComparison.Ordinal));
        // Visible at normal verbosity in every logger, the terminal logger included (which prints test output only).
        Assert.Equal((MessageImportance.High, "TLTESTOUTPUT"), (notice.Importance, notice.ExtendedType));
        var runtimeConfig = JsonDocument.Parse(File.ReadAllText(_scratch.File("obj/TasksFixture.runtimeconfig.json"))).RootElement.GetProperty("runtimeOptions");
        Assert.Equal("LatestMajor", runtimeConfig.GetProperty("rollForward").GetString());
        Assert.Equal("10.0.0", runtimeConfig.GetProperty("framework").GetProperty("version").GetString());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, error.Code);
        Assert.Contains("Cannot start the GradGate runner", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ResultsPath));
    }

    [Fact]
    public void An_apps_own_runtimeconfig_is_used_instead_of_a_generated_one()
    {
        var own = _scratch.File("App.runtimeconfig.json");
        File.WriteAllText(own, "{}");

        var (_, engine) = Run(task =>
        {
            task.RuntimeConfigPath = own;
            task.DotNetHostPath = FakeHost("10.0.12");
        });

        Assert.Equal(DiagnosticCodes.RunnerCrashed, Assert.Single(engine.Errors).Code);
        Assert.False(File.Exists(_scratch.File("obj/TasksFixture.runtimeconfig.json")));
    }

    [Fact]
    public void An_app_older_than_the_runner_gets_a_generated_runtimeconfig_that_asks_for_8_0()
    {
        var own = _scratch.File("App.runtimeconfig.json");
        File.WriteAllText(own, "{}");

        var (_, engine) = Run(task =>
        {
            task.RuntimeConfigPath = own;
            task.TargetFrameworkVersion = "v6.0";
            task.TargetFramework = "net6.0";
            task.DotNetHostPath = FakeHost("8.0.11");
        });

        Assert.Equal(DiagnosticCodes.RunnerCrashed, Assert.Single(engine.Errors).Code);
        var runtimeConfig = JsonDocument.Parse(File.ReadAllText(_scratch.File("obj/TasksFixture.runtimeconfig.json"))).RootElement.GetProperty("runtimeOptions");
        Assert.Equal("8.0.0", runtimeConfig.GetProperty("framework").GetProperty("version").GetString());
        Assert.Contains(engine.Messages, message => message.Message.Contains("targets net6.0", StringComparison.Ordinal));
    }

    [Fact]
    public void An_intermediate_folder_that_cannot_be_written_is_a_GG0011_error_naming_it()
    {
        File.WriteAllText(_scratch.File("occupied"), "a file, not a folder");

        var (succeeded, engine) = Run(task =>
        {
            task.IntermediateDirectory = Path.Combine(_scratch.File("occupied"), "gradgate");
            task.DotNetHostPath = FakeHost("10.0.12");
        });

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticCodes.RunnerCrashed, error.Code);
        Assert.Contains(Path.Combine(_scratch.File("occupied"), "gradgate"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_assembly_and_a_missing_runner_are_both_reported()
    {
        var (succeeded, engine) = Run(task =>
        {
            task.AssemblyPath = _scratch.File("Gone.dll");
            task.RunnerPath = _scratch.File("GradGate.Runner.dll");
        });

        Assert.False(succeeded);
        Assert.Equal([DiagnosticCodes.UnreadableInput, DiagnosticCodes.RunnerCrashed], engine.Errors.Select(error => error.Code));
    }

    private (bool Succeeded, RecordingBuildEngine Engine) Run(Action<RunGradientChecks> configure)
    {
        var engine = new RecordingBuildEngine();
        var task = new RunGradientChecks
        {
            BuildEngine = engine,
            AssemblyPath = TestAssets.FixtureAssembly,
            ResultsPath = ResultsPath,
            IntermediateDirectory = _scratch.File("obj"),
            RunnerPath = TestAssets.FixtureProject,
            ProjectPath = TestAssets.FixtureProject,
        };
        configure(task);
        return (task.Execute(), engine);
    }

    private RunResult StoredRun()
        => Assert.IsType<RunResult>(RunResultStore.Read(ResultsPath, out _));

    /// <summary>A dotnet "host" that is not executable, with the given Microsoft.NETCore.App folders beside it.</summary>
    private string FakeHost(params string[] runtimes)
    {
        var root = _scratch.Folder("dotnet");
        foreach (var runtime in runtimes)
        {
            Directory.CreateDirectory(Path.Combine(root, "shared", "Microsoft.NETCore.App", runtime));
        }

        var host = Path.Combine(root, "dotnet");
        File.WriteAllText(host, "not a program");
        return host;
    }
}
