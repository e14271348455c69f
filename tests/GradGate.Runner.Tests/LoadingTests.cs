using GradGate.Results;

namespace GradGate.Runner.Tests;

public sealed class LoadingTests
{
    [Fact]
    public async Task Loads_the_checks_with_their_NuGet_dependency_and_passes_a_correct_gradient()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request("LossChecks.CorrectGradient"));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        var result = outcome.SingleResult(FixtureChecks.Id("LossChecks.CorrectGradient"));
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal("loss", result.Kind);
        Assert.Contains("completed 1 checks", outcome.Logs);
        Assert.Equal("", outcome.StandardError);
    }

    [Fact]
    public async Task A_net8_check_library_runs_on_the_newer_installed_runtime_through_roll_forward()
    {
        var request = new RunRequest { AssemblyPath = TestAssets.FixtureAssembly(TestAssets.Net8Fixture) };
        request.Checks.Add(new CheckRequest { Id = "RunnerFixture.Net8.CubeChecks.SumOfCubes", TypeName = "RunnerFixture.Net8.CubeChecks", MethodName = "SumOfCubes" });

        var outcome = await RunnerProcess.RunAsync(request, runtimeConfig: RunnerProcess.RollForwardRuntimeConfig);

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Equal(Verdict.Passed, outcome.SingleResult("RunnerFixture.Net8.CubeChecks.SumOfCubes").Verdict);
        Assert.Contains(outcome.Logs, log => log.StartsWith("loaded RunnerFixture.Net8,", StringComparison.Ordinal) && log.EndsWith($" on .NET {Environment.Version}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_assembly_the_deps_file_does_not_list_is_loaded_from_its_path()
    {
        var outsider = TestAssets.FixtureAssembly(TestAssets.Net8Fixture);
        var request = new RunRequest { AssemblyPath = outsider };
        request.Checks.Add(new CheckRequest { Id = "RunnerFixture.Net8.CubeChecks.SumOfCubes", TypeName = "RunnerFixture.Net8.CubeChecks", MethodName = "SumOfCubes" });

        var outcome = await RunnerProcess.RunAsync(request, depsAssembly: TestAssets.FixtureAssembly(TestAssets.ChecksFixture));

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Contains(outcome.Logs, log => log.Contains($" from '{outsider}' on .NET", StringComparison.Ordinal));
        Assert.Equal(Verdict.Passed, outcome.SingleResult("RunnerFixture.Net8.CubeChecks.SumOfCubes").Verdict);
    }

    [Fact]
    public async Task A_dependency_missing_from_the_build_output_fails_only_the_checks_that_use_it_and_is_named()
    {
        var request = new RunRequest { AssemblyPath = TestAssets.FixtureAssembly(TestAssets.MissingDependencyFixture) };
        foreach (var method in new[] { "ScaledLoss", "IndependentLoss" })
        {
            request.Checks.Add(new CheckRequest { Id = "RunnerFixture.MissingDependency.ScaledChecks." + method, TypeName = "RunnerFixture.MissingDependency.ScaledChecks", MethodName = method });
        }

        var outcome = await RunnerProcess.RunAsync(request);

        Assert.Equal(RunnerExitCodes.ChecksRan, outcome.ExitCode);
        Assert.Contains("'RunnerFixture.Dependency, Version=", outcome.StandardError);
        var broken = outcome.SingleResult("RunnerFixture.MissingDependency.ScaledChecks.ScaledLoss");
        Assert.Equal(Verdict.Error, broken.Verdict);
        var threw = Assert.Single(broken.Findings, finding => finding.Code == DiagnosticCodes.CheckThrew);
        Assert.Contains("RunnerFixture.Dependency", threw.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Passed, outcome.SingleResult("RunnerFixture.MissingDependency.ScaledChecks.IndependentLoss").Verdict);
    }

    [Fact]
    public async Task An_assembly_that_does_not_exist_fails_the_runner_with_its_path()
    {
        var request = FixtureChecks.Request("LossChecks.CorrectGradient");
        var builtAssembly = request.AssemblyPath;
        var missing = Path.Combine(Path.GetDirectoryName(builtAssembly)!, "NotBuilt.dll");
        request.AssemblyPath = missing;

        var outcome = await RunnerProcess.RunAsync(request, depsAssembly: builtAssembly);

        Assert.Equal(RunnerExitCodes.RunnerFailed, outcome.ExitCode);
        Assert.Contains($"'{missing}' does not exist", outcome.StandardError);
        Assert.Empty(outcome.Started);
    }

    [Fact]
    public async Task A_request_with_a_timeout_of_zero_is_rejected_before_anything_runs()
    {
        var outcome = await RunnerProcess.RunAsync(FixtureChecks.Request(new RunDefaults { TimeoutSeconds = 0 }, "LossChecks.CorrectGradient"));

        Assert.Equal(RunnerExitCodes.RunnerFailed, outcome.ExitCode);
        Assert.Contains("timeoutSeconds 0", outcome.StandardError);
        Assert.Empty(outcome.Events);
    }

    [Theory]
    [InlineData]
    [InlineData("--request")]
    [InlineData("--requests", "request.json")]
    [InlineData("--request", "request.json", "--verbose")]
    public async Task Anything_but_one_request_argument_prints_the_usage(params string[] arguments)
    {
        var outcome = await RunnerProcess.RunWithArgumentsAsync(TestAssets.FixtureAssembly(TestAssets.ChecksFixture), arguments);

        Assert.Equal(RunnerExitCodes.RunnerFailed, outcome.ExitCode);
        Assert.StartsWith("Usage: dotnet exec", outcome.StandardError);
    }
}
