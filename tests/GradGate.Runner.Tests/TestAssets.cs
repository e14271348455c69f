using System.Reflection;

namespace GradGate.Runner.Tests;

/// <summary>What the tests launch: the runner built beside them, the fixtures' build outputs and the NuGet package folder.</summary>
internal static class TestAssets
{
    public const string ChecksFixture = "RunnerFixture.Checks";
    public const string MissingDependencyFixture = "RunnerFixture.MissingDependency";
    public const string Net8Fixture = "RunnerFixture.Net8";

    public static string RunnerPath { get; } = Path.Combine(AppContext.BaseDirectory, "GradGate.Runner.dll");

    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    /// <summary>The dotnet host that runs the tests, so the runner gets the same SDK's runtimes.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>The built fixture assembly; its deps.json lies beside it.</summary>
    public static string FixtureAssembly(string name) => Metadata("Fixture:" + name);

    private static string Metadata(string key)
        => typeof(TestAssets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == key)?.Value
            ?? throw new InvalidOperationException($"The test assembly has no [AssemblyMetadata(\"{key}\")]: GradGate.Runner.Tests.csproj records it at build time.");
}
