namespace GradGate.Reports.Html.Tests;

/// <summary>Where the tests leave files for people: artifacts/test-results/html-report/ under the repository, else the test output folder.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = Create();

    private static string Create()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GradGate.sln")))
        {
            folder = folder.Parent;
        }

        var path = folder is null
            ? Path.Combine(AppContext.BaseDirectory, "test-results", "html-report")
            : Path.Combine(folder.FullName, "artifacts", "test-results", "html-report");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
