using System.Runtime.InteropServices;
using GradGate.Gate.Hosting;
using GradGate.Gate.Running;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Hosting;

/// <summary>
/// A build for another platform's runtime identifier gives the runner GradGate's library precompiled for that platform,
/// which the runtime here refuses to load; the runner then runs without precompiled code.
/// </summary>
public sealed class PrecompiledPlatformTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_build_for_another_platform_names_that_platform()
        => Assert.Equal("win-x64", PrecompiledPlatform.Foreign(Deps(".NETCoreApp,Version=v10.0/win-x64", "runtimes/win-x64/lib/net10.0/"), "linux-x64"));

    [Fact]
    public void A_build_for_this_platform_or_one_taking_the_IL_names_none()
    {
        Assert.Null(PrecompiledPlatform.Foreign(Deps(".NETCoreApp,Version=v10.0/linux-x64", "runtimes/linux-x64/lib/net10.0/"), "linux-x64"));
        // A build for a platform the package has no copy for (or a .NET 8 build) takes the IL of lib/.
        Assert.Null(PrecompiledPlatform.Foreign(Deps(".NETCoreApp,Version=v10.0/freebsd-x64", "lib/net10.0/"), "linux-x64"));
    }

    [Fact]
    public void A_build_for_no_runtime_identifier_names_none_since_the_host_picks_its_own_platforms_copy()
        => Assert.Null(PrecompiledPlatform.Foreign(Deps(".NETCoreApp,Version=v10.0", "runtimes/win-x64/lib/net10.0/"), "linux-x64"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{ \"runtimeTarget\": ")]
    [InlineData("{ \"runtimeTarget\": { \"name\": 42 } }")]
    [InlineData("{ \"runtimeTarget\": { \"name\": \"x/win-x64\" }, \"targets\": [] }")]
    public void A_missing_or_unreadable_deps_file_names_none(string? text)
    {
        string? path = null;
        if (text is not null)
        {
            path = _scratch.File("app.deps.json");
            File.WriteAllText(path, text);
        }

        Assert.Null(PrecompiledPlatform.Foreign(path, "linux-x64"));
    }

    [Fact]
    public void This_process_platform_is_named_as_the_package_names_its_folders()
    {
        var host = PrecompiledPlatform.Host();

        Assert.Matches("^(linux|osx|win)-(x64|arm64|x86|arm)$", host);
        // The runtime's own identifier, where it is a portable one on glibc (musl runs the linux copies too).
        var runtime = RuntimeInformation.RuntimeIdentifier;
        if (!runtime.Contains('.') && !runtime.Contains("-musl", StringComparison.Ordinal))
        {
            Assert.Equal(runtime, host);
        }
    }

    [Fact]
    public void Without_precompiled_code_the_runner_gets_DOTNET_ReadyToRun_0()
    {
        var launch = new RunnerLaunch("dotnet", "runner.dll", "app.runtimeconfig.json", null, null, [], "/bin");

        Assert.DoesNotContain("DOTNET_ReadyToRun", launch.EnvironmentVariables().Keys);
        Assert.Equal("0", (launch with { WithoutPrecompiledCode = true }).EnvironmentVariables()["DOTNET_ReadyToRun"]);
    }

    /// <summary>A deps.json as the SDK writes it for a project referencing GradGate, its assets under <paramref name="folder"/>.</summary>
    private string Deps(string runtimeTarget, string folder)
    {
        var path = _scratch.File("app.deps.json");
        File.WriteAllText(path, $$"""
            {
              "runtimeTarget": { "name": "{{runtimeTarget}}", "signature": "" },
              "targets": {
                "{{runtimeTarget}}": {
                  "App/1.0.0": { "dependencies": { "GradGate": "0.2.0" }, "runtime": { "App.dll": {} } },
                  "GradGate/0.2.0": {
                    "runtime": {
                      "{{folder}}GradGate.Engine.dll": { "assemblyVersion": "0.2.0.0", "fileVersion": "0.2.0.0" },
                      "{{folder}}GradGate.dll": { "assemblyVersion": "0.2.0.0", "fileVersion": "0.2.0.0" }
                    }
                  }
                }
              },
              "libraries": {}
            }
            """);
        return path;
    }
}
