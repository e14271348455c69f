namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>Several throwaway projects referencing the packed GradGate, in one folder with one solution file, built together.</summary>
internal sealed class TestSolution
{
    private readonly List<string> _projects = [];

    private TestSolution(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string SolutionPath => Path.Combine(Directory, Name + ".slnx");

    public IReadOnlyList<string> Projects => _projects;

    public static TestSolution Create(PackageFixture package, string name)
    {
        var directory = Path.Combine(package.WorkRoot, "solutions", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var solution = new TestSolution(directory, name);
        solution.WriteFile("NuGet.Config", TestProject.NuGetConfig(package));
        solution.WriteFile("Directory.Build.props", "<Project />");
        solution.WriteFile("Directory.Build.targets", "<Project />");
        return solution;
    }

    /// <summary>Adds <c>name/name.csproj</c> with the given sources, keyed by file name.</summary>
    public TestSolution AddProject(PackageFixture package, string name, params (string File, string Content)[] sources)
    {
        WriteFile(Path.Combine(name, name + ".csproj"), TestProject.ProjectFile(package));
        foreach (var (file, content) in sources)
        {
            WriteFile(Path.Combine(name, file), content);
        }

        _projects.Add(name);
        var entries = string.Concat(_projects.Select(project => $"  <Project Path=\"{project}/{project}.csproj\" />\n"));
        WriteFile(Name + ".slnx", $"<Solution>\n{entries}</Solution>\n");
        return this;
    }

    public string ReportDirectory(string project) => Path.Combine(Directory, project, "bin", "Debug", "net10.0", "gradgate");

    public string ResultsFile(string project) => Path.Combine(Directory, project, "obj", "Debug", "net10.0", "gradgate", "results.json");

    /// <summary>Builds the solution with as many nodes as there are cores; every report the build leaves is validated against its schema.</summary>
    public BuildResult Build(params string[] arguments)
    {
        var started = DateTime.UtcNow;
        var build = new BuildResult(DotNet.Run(Directory, ["build", SolutionPath, "-c", "Debug", "-m", "-nodeReuse:false", "-tl:off", "-v:n", .. arguments]));
        ReportValidation.AssertReportsUnderMatchTheirSchemas(Directory, started);
        return build;
    }

    private void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }
}
