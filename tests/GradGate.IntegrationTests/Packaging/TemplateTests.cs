using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests.Packaging;

/// <summary>
/// <c>dotnet new gradcheck</c> (GradGate.Templates), installed from the packed .nupkg into a template hive of the test's
/// own: the project it creates builds through the local feed with its two checks passing, and fails with GG0001 once its
/// backward pass is broken the way its comment says. Needs nuget.org for the net8.0 targeting pack.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplateTests(PackageFixture package)
{
    private const string CorrectBackward = "(1 - t * t)";
    private const string BrokenBackward = "(1 + t * t)";

    [Fact]
    public void The_gradcheck_project_passes_its_gate_and_fails_it_with_GG0001_when_broken_as_its_comment_says()
    {
        var root = Path.Combine(package.WorkRoot, "template", Guid.NewGuid().ToString("N")[..8]);
        var hive = Path.Combine(root, "hive");
        Directory.CreateDirectory(root);

        var install = DotNet.Run(root, "new", "install", Path.Combine(package.FeedDirectory, $"GradGate.Templates.{package.PackageVersion}.nupkg"), "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains("gradcheck", install.Output, StringComparison.Ordinal);

        var created = DotNet.Run(root, "new", "gradcheck", "-o", Path.Combine(root, "MyChecks"), "--debug:custom-hive", hive);
        Assert.True(created.ExitCode == 0, created.Output);

        var project = TestProject.Adopt(package, Path.Combine(root, "MyChecks"), "MyChecks");
        var projectFile = File.ReadAllText(project.ProjectPath);
        Assert.Contains($"""<PackageReference Include="GradGate" Version="{package.PackageVersion}" PrivateAssets="all" />""", projectFile, StringComparison.Ordinal);
        Assert.Contains("<IsPackable>false</IsPackable>", projectFile, StringComparison.Ordinal);
        Assert.Contains("<TargetFramework>net8.0</TargetFramework>", projectFile, StringComparison.Ordinal);
        Assert.Contains("namespace MyChecks;", File.ReadAllText(Path.Combine(project.Directory, "Checks.cs")), StringComparison.Ordinal);

        var passing = project.Build();
        Assert.True(passing.Succeeded, passing.ToString());
        Assert.Contains("2 checks, 2 passed", passing.Summary);

        // The comment says which line to break and how; do exactly that.
        var checks = File.ReadAllText(Path.Combine(project.Directory, "Checks.cs"));
        Assert.Contains($"replace {CorrectBackward} with {BrokenBackward} and run dotnet build", checks, StringComparison.Ordinal);
        var backwardLine = checks.Split('\n').Single(line => line.Contains("backward:", StringComparison.Ordinal) && line.Contains(CorrectBackward, StringComparison.Ordinal));
        project.WriteFile("Checks.cs", checks.Replace(backwardLine, backwardLine.Replace(CorrectBackward, BrokenBackward, StringComparison.Ordinal), StringComparison.Ordinal));

        var failing = project.Build();
        Assert.False(failing.Succeeded, failing.ToString());
        var error = Assert.Single(failing.Errors);
        Assert.Equal("GG0001", error.Code);
        Assert.StartsWith("Checks.TanhOperator: Gradient of input 'input' is wrong", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Checks.cs", error.File, StringComparison.Ordinal);
        Assert.Contains("2 checks, 1 passed, 1 failed", failing.Summary);
    }
}
