using System.Text.Json;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>A throwaway user project in a temporary folder that references the packed GradGate.</summary>
internal sealed class TestProject
{
    private readonly PackageFixture _package;

    private TestProject(PackageFixture package, string directory, string name)
    {
        _package = package;
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    public static TestProject Create(PackageFixture package, string name, string targetFrameworks = "net10.0", string extraProperties = "")
        => CreateWith(package, name, targetFrameworks, extraProperties, GradGateReference(package));

    /// <summary>
    /// A project that also references <paramref name="otherPackages"/> (<c>Id</c>, <c>Version</c>) from nuget.org, as a user's
    /// project does; GradGate still comes only from the local feed.
    /// </summary>
    public static TestProject CreateWithPackages(PackageFixture package, string name, string extraProperties, params (string Id, string Version)[] otherPackages)
    {
        var references = string.Concat(otherPackages.Select(other => $"""<PackageReference Include="{other.Id}" Version="{other.Version}" />"""));
        var project = CreateWith(package, name, "net10.0", extraProperties, GradGateReference(package) + references);
        return project.WriteFile("NuGet.Config", NuGetConfig(package, withNuGetOrg: true));
    }

    /// <summary>
    /// A user's xunit.v3 test project: it references GradGate.Xunit from the local feed (and so GradGate through it, never
    /// directly) and <paramref name="otherPackages"/> from nuget.org.
    /// </summary>
    public static TestProject CreateXunitTests(PackageFixture package, string name, params (string Id, string Version)[] otherPackages)
    {
        var references = string.Concat(otherPackages.Select(other => $"""<PackageReference Include="{other.Id}" Version="{other.Version}" />"""));
        var project = CreateWith(package, name, "net10.0", "<OutputType>Exe</OutputType>", $"""<PackageReference Include="GradGate.Xunit" Version="{package.PackageVersion}" />""" + references);
        return project.WriteFile("NuGet.Config", NuGetConfig(package, withNuGetOrg: true));
    }

    /// <summary>
    /// A project something else wrote into <paramref name="directory"/> (<c>dotnet new</c>), given the test run's NuGet.Config
    /// with nuget.org and the same guards against the machine's Directory.Build.* files as every throwaway project.
    /// </summary>
    public static TestProject Adopt(PackageFixture package, string directory, string name)
        => new TestProject(package, directory, name)
            .WriteFile("NuGet.Config", NuGetConfig(package, withNuGetOrg: true))
            .WriteFile("Directory.Build.props", "<Project />")
            .WriteFile("Directory.Build.targets", "<Project />");

    /// <summary>A project that does not reference GradGate itself, only <paramref name="referenced"/>, which does.</summary>
    public static TestProject CreateConsumerOf(PackageFixture package, string name, TestProject referenced)
        => CreateWith(package, name, "net10.0", "", $"""<ProjectReference Include="{referenced.ProjectPath}" />""");

    private static TestProject CreateWith(PackageFixture package, string name, string targetFrameworks, string extraProperties, string reference)
    {
        var directory = Path.Combine(package.WorkRoot, "projects", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var project = new TestProject(package, directory, name);
        project.WriteFile(name + ".csproj", ProjectFile(targetFrameworks, extraProperties, reference));
        project.WriteFile("NuGet.Config", NuGetConfig(package));
        // Stop any Directory.Build.* of the machine's temp folder from applying.
        project.WriteFile("Directory.Build.props", "<Project />");
        project.WriteFile("Directory.Build.targets", "<Project />");
        return project;
    }

    /// <summary>A project file that references the packed GradGate, nothing else from the machine.</summary>
    public static string ProjectFile(PackageFixture package, string targetFrameworks = "net10.0", string extraProperties = "")
        => ProjectFile(targetFrameworks, extraProperties, GradGateReference(package));

    private static string GradGateReference(PackageFixture package) => $"""<PackageReference Include="GradGate" Version="{package.PackageVersion}" />""";

    private static string ProjectFile(string targetFrameworks, string extraProperties, string reference)
    {
        var frameworkProperty = targetFrameworks.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """;
    }

    /// <summary>
    /// Restores GradGate's packages from the local feed into the test run's own package folder; with <paramref name="withNuGetOrg"/>,
    /// every other package from nuget.org, as a user's project does, while GradGate's still come only from the feed.
    /// </summary>
    public static string NuGetConfig(PackageFixture package, bool withNuGetOrg = false)
    {
        var feed = $"""<add key="gradgate-under-test" value="{package.FeedDirectory}" />""";
        var sources = withNuGetOrg
            ? $"""<clear />{feed}<add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />"""
            : feed;
        var mapping = withNuGetOrg
            ? """<packageSourceMapping><packageSource key="gradgate-under-test"><package pattern="GradGate" /><package pattern="GradGate.*" /></packageSource><packageSource key="nuget.org"><package pattern="*" /></packageSource></packageSourceMapping>"""
            : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{package.PackagesDirectory}" />
              </config>
              <packageSources>{sources}</packageSources>
              {mapping}
            </configuration>
            """;
    }

    public TestProject WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Copies the C# files of a sample under samples/ (not its project file, nor bin/ or obj/) into this project.</summary>
    public TestProject CopySourcesOf(string sampleName)
    {
        foreach (var source in System.IO.Directory.GetFiles(RepositoryPaths.Sample(sampleName), "*.cs"))
        {
            WriteFile(Path.GetFileName(source), File.ReadAllText(source));
        }

        return this;
    }

    /// <summary>The 1-based line of the first line in <paramref name="relativePath"/> that contains <paramref name="text"/>.</summary>
    public int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, relativePath));
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in {relativePath}");
        return index + 1;
    }

    /// <summary>Builds the project as a user would; every report the build leaves is validated against its schema.</summary>
    public BuildResult Build(params string[] arguments)
    {
        var started = DateTime.UtcNow;
        var build = new BuildResult(DotNet.Run(Directory, [.. BuildArguments(ProjectPath), .. arguments]));
        ReportValidation.AssertReportsUnderMatchTheirSchemas(Directory, started);
        return build;
    }

    /// <summary>Starts a build and lets the test watch and interrupt it (see <see cref="RunningBuild"/>).</summary>
    public RunningBuild StartBuild(bool keepInputOpen, params string[] arguments) => RunningBuild.Start(this, keepInputOpen, arguments);

    /// <summary><c>build</c> with the options every test build uses: Debug, no reused nodes, the plain console logger at normal verbosity.</summary>
    public static string[] BuildArguments(string projectPath) => ["build", projectPath, "-c", "Debug", "-nodeReuse:false", "-tl:off", "-v:n"];

    public ProcessResult Clean()
        => DotNet.Run(Directory, "clean", ProjectPath, "-c", "Debug", "-nodeReuse:false", "-tl:off");

    public string OutputDirectory(string targetFramework = "net10.0") => Path.Combine(Directory, "bin", "Debug", targetFramework);

    public string ReportDirectory(string targetFramework = "net10.0") => Path.Combine(OutputDirectory(targetFramework), "gradgate");

    public JsonDocument ReadJsonReport(string targetFramework = "net10.0")
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(ReportDirectory(targetFramework), "gradgate.json")));
}
