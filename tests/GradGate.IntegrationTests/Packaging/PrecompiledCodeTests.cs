using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests.Packaging;

/// <summary>
/// The precompiled (ReadyToRun) copies of the tasks, the runner and the engine (docs/package.md, "Precompiled code"): each
/// is ReadyToRun code for its own platform, compiled from the very build of the IL beside it, and a build on .NET 10 runs
/// them where the package has its platform, the IL everywhere else.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PrecompiledCodeTests(PackageFixture package)
{
    /// <summary>The platforms the package precompiles for, with the PE machine a ReadyToRun image for each declares.</summary>
    private static readonly Dictionary<string, ushort> PlatformMachines = new()
    {
        // A ReadyToRun image's machine is the processor's, XOR-ed with a value for the operating system (none for Windows).
        ["linux-x64"] = (ushort)Machine.Amd64 ^ 0x7B79,
        ["linux-arm64"] = (ushort)Machine.Arm64 ^ 0x7B79,
        ["osx-arm64"] = (ushort)Machine.Arm64 ^ 0x4644,
        ["win-x64"] = (ushort)Machine.Amd64,
    };

    [Fact]
    public void Every_precompiled_copy_is_ReadyToRun_code_for_its_platform_built_from_the_IL_beside_it()
    {
        using var packed = PackedPackage.Open(package, "GradGate");
        var entries = packed.EntryNames.ToList();
        var precompiledFolders = entries
            .Where(entry => entry.EndsWith(".dll", StringComparison.Ordinal) && IsPrecompiledFolder(entry))
            .Select(entry => entry[..(entry.LastIndexOf('/') + 1)])
            .Distinct()
            .ToList();
        Assert.Equal(PlatformMachines.Count * 3, precompiledFolders.Count);

        foreach (var (platform, machine) in PlatformMachines)
        {
            // Each precompiled folder against the IL it was compiled from: the tasks, the library and the runner alone (a
            // .NET 10 project's deps.json gives the runner the engine from runtimes/, so the runner's folder holds only it).
            AssertPrecompiledCopyOf(packed, $"tasks/net10.0/{platform}/", "tasks/netstandard2.0/", machine, entries, onlyFile: null);
            AssertPrecompiledCopyOf(packed, $"runtimes/{platform}/lib/net10.0/", "lib/net8.0/", machine, entries, onlyFile: null);
            AssertPrecompiledCopyOf(packed, $"tools/net10.0/{platform}/", "tools/net8.0/", machine, entries, onlyFile: "GradGate.Runner.dll");
        }

        // lib/net10.0 is lib/net8.0 as it is: a .NET 10 project compiles against the same API, and a platform without a
        // precompiled copy runs this IL.
        var net8 = entries.Where(entry => entry.StartsWith("lib/net8.0/", StringComparison.Ordinal)).ToList();
        Assert.Equal(net8.Select(FileName).Order(), entries.Where(entry => entry.StartsWith("lib/net10.0/", StringComparison.Ordinal)).Select(FileName).Order());
        Assert.All(net8, entry => Assert.Equal(packed.ReadBytes(entry), packed.ReadBytes("lib/net10.0/" + FileName(entry))));
    }

    [Fact]
    public void A_build_on_dotnet_10_runs_the_precompiled_tasks_and_runner_for_its_platform_and_they_judge_as_the_IL_does()
    {
        // Two correct checks and seed 002's network with its W1 gradient doubled, in a .NET 8 build (the IL runner and
        // engine) and a .NET 10 one (the precompiled copies, on the platforms the package has them for).
        var project = TestProject.Create(package, "PrecompiledRunner", targetFrameworks: "net8.0;net10.0")
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks)
            .WriteFile("TwoLayerNet.cs", CheckSources.TwoLayerNet("2.0"))
            .WriteFile("NetworkChecks.cs", CheckSources.TwoLayerNetCheck);

        var build = project.Build("-v:d");

        Assert.False(build.Succeeded, build.ToString());
        var gradGate = Path.Combine(package.PackagesDirectory, "gradgate", package.PackageVersion);
        var platform = RuntimeInformation.RuntimeIdentifier;
        var precompiled = PlatformMachines.ContainsKey(platform);
        var tasks = precompiled ? Path.Combine("tasks", "net10.0", platform) : Path.Combine("tasks", "netstandard2.0");
        Assert.Equal(Path.Combine(gradGate, tasks, "GradGate.Tasks.dll"), TaskAssemblyOf(build));
        var net10Runner = precompiled ? Path.Combine("tools", "net10.0", platform) : Path.Combine("tools", "net8.0");
        Assert.Equal(Path.Combine(gradGate, net10Runner, "GradGate.Runner.dll"), RunnerOf(build, "net10.0"));
        Assert.Equal(Path.Combine(gradGate, "tools", "net8.0", "GradGate.Runner.dll"), RunnerOf(build, "net8.0"));

        // Either copy finds the bug in W1 alone. On one runtime (the .NET 8 build rolls forward to .NET 10 where no .NET 8
        // is installed) they compute the same numbers to the last bit: the precompiled code is the same IL compiled ahead.
        var verdicts = new Dictionary<string, List<(string Check, string Verdict, string FailedBlocks, string Blocks)>>();
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            using var report = project.ReadJsonReport(framework);
            verdicts[framework] = report.RootElement.GetProperty("checks").EnumerateArray()
                .Select(check => (
                    check.GetProperty("methodName").GetString()!,
                    check.GetProperty("verdict").GetString()!,
                    string.Join(",", check.GetProperty("blocks").EnumerateArray().Where(block => block.GetProperty("verdict").GetString() == "failed").Select(block => block.GetProperty("name").GetString())),
                    check.GetProperty("blocks").GetRawText()))
                .OrderBy(check => check.Item1, StringComparer.Ordinal)
                .ToList();
        }

        Assert.Equal(
            [("Quadratic", "passed", ""), ("Sigmoid", "passed", ""), ("TwoLayerNetGradients", "failed", "W1")],
            verdicts["net10.0"].Select(check => (check.Check, check.Verdict, check.FailedBlocks)));
        Assert.Equal(verdicts["net8.0"].Select(check => (check.Check, check.Verdict, check.FailedBlocks)), verdicts["net10.0"].Select(check => (check.Check, check.Verdict, check.FailedBlocks)));
        if (!build.Output.Contains("no .NET 8 runtime is installed", StringComparison.Ordinal))
        {
            return;
        }

        Assert.Equal(verdicts["net8.0"], verdicts["net10.0"]);
    }

    [Fact]
    public void A_build_for_another_platforms_runtime_identifier_still_runs_its_checks_on_this_one()
    {
        // Its deps.json gives the runner the library precompiled for that platform, which the runtime here refuses to
        // load (BadImageFormatException): without precompiled code switched off, every check was lost (GG0011).
        var foreign = RuntimeInformation.RuntimeIdentifier.StartsWith("win", StringComparison.Ordinal) ? "linux-x64" : "win-x64";
        var project = TestProject.Create(package, "ForeignPlatform").WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build("-r", foreign, "--self-contained", "false");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("2 checks, 2 passed", build.Summary);
        Assert.Contains($"is built for {foreign}, whose precompiled GradGate code", build.Output);
    }

    private static void AssertPrecompiledCopyOf(PackedPackage packed, string folder, string ilFolder, ushort machine, List<string> entries, string? onlyFile)
    {
        var copies = entries.Where(entry => entry.StartsWith(folder, StringComparison.Ordinal)).ToList();
        var expected = entries
            .Where(entry => entry.StartsWith(ilFolder, StringComparison.Ordinal) && entry.EndsWith(".dll", StringComparison.Ordinal))
            .Select(FileName)
            .Where(name => onlyFile is null || name == onlyFile)
            .Order();
        Assert.Equal(expected, copies.Select(FileName).Order());

        foreach (var copy in copies)
        {
            var il = packed.ReadBytes(ilFolder + FileName(copy));
            var native = packed.ReadBytes(copy);
            using var ilReader = new PEReader(new MemoryStream(il));
            using var nativeReader = new PEReader(new MemoryStream(native));
            var header = nativeReader.PEHeaders;
            Assert.True(header.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{copy} holds no ReadyToRun code.");
            Assert.True((header.CorHeader.Flags & CorFlags.ILLibrary) != 0, $"{copy} is not flagged as precompiled.");
            Assert.True((ushort)header.CoffHeader.Machine == machine, $"{copy} is for machine 0x{(ushort)header.CoffHeader.Machine:X4}, not 0x{machine:X4}.");
            Assert.True(ilReader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size == 0, $"{ilFolder}{FileName(copy)} should be IL only.");
            Assert.Equal(Mvid(ilReader), Mvid(nativeReader));
        }
    }

    /// <summary>The assembly MSBuild took the run task from, from its detailed log.</summary>
    private static string TaskAssemblyOf(BuildResult build)
    {
        const string Prefix = "Using \"RunGradientChecks\" task from assembly \"";
        var line = build.Output.Split('\n').Select(text => text.Trim()).First(text => text.StartsWith(Prefix, StringComparison.Ordinal));
        return Path.GetFullPath(line[Prefix.Length..line.LastIndexOf('"')]);
    }

    /// <summary>The runner the task started for one target framework, from its detailed log line naming the command.</summary>
    private static string RunnerOf(BuildResult build, string framework)
    {
        var launch = build.Output.Split('\n')
            .Select(line => line.Trim())
            .Single(line => line.StartsWith("GradGate: running", StringComparison.Ordinal) && line.Contains($"{Path.DirectorySeparatorChar}{framework}{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var arguments = launch.Split(' ');
        return arguments[Array.IndexOf(arguments, "--request") - 1];
    }

    private static Guid Mvid(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static bool IsPrecompiledFolder(string entry)
        => entry.StartsWith("tasks/net10.0/", StringComparison.Ordinal)
            || entry.StartsWith("tools/net10.0/", StringComparison.Ordinal)
            || entry.StartsWith("runtimes/", StringComparison.Ordinal);

    private static string FileName(string entry) => entry[(entry.LastIndexOf('/') + 1)..];
}
