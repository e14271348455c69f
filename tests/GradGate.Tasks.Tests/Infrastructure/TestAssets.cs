using System.Reflection;
using System.Runtime.InteropServices;

namespace GradGate.Tasks.Tests.Infrastructure;

/// <summary>Where the fixture projects this test project builds first put their output (set in the project file).</summary>
internal static class TestAssets
{
    public static string FixtureSourceDirectory { get; } = Metadata("TasksFixtureSource");

    public static string FixtureOutputDirectory { get; } = Metadata("TasksFixtureOutput");

    public static string FixtureAssembly { get; } = Path.Combine(FixtureOutputDirectory, "TasksFixture.dll");

    public static string FixtureProject { get; } = Path.Combine(FixtureSourceDirectory, "TasksFixture.csproj");

    public static string FixtureChecksSource { get; } = Path.Combine(FixtureSourceDirectory, "QuadraticChecks.cs");

    public static string FixtureFaultsSource { get; } = Path.Combine(FixtureSourceDirectory, "FaultChecks.cs");

    public static string RunnerAssembly { get; } = Path.Combine(Metadata("GradGateRunnerOutput"), "GradGate.Runner.dll");

    /// <summary>The dotnet host of the runtime running these tests: three folders above shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    public static string DotNetHost { get; } = Path.GetFullPath(Path.Combine(
        RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));

    /// <summary>The 1-based line of the <c>// line: name</c> marker in the fixture's checks.</summary>
    public static int MarkedLine(string name)
    {
        var lines = File.ReadAllLines(FixtureChecksSource);
        var index = Array.FindIndex(lines, line => line.TrimEnd().EndsWith("// line: " + name, StringComparison.Ordinal));
        Assert.True(index >= 0, $"The fixture has no '// line: {name}' marker.");
        return index + 1;
    }

    private static string Metadata(string key)
    {
        var value = typeof(TestAssets).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key)
            .Value!;
        return Path.GetFullPath(value);
    }
}
