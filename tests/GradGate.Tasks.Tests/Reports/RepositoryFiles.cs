namespace GradGate.Tasks.Tests.Reports;

/// <summary>Files the tests read from the repository itself: the shipped JSON Schema, the JUnit XSD kept as test data, the documentation.</summary>
internal static class RepositoryFiles
{
    public static string JsonSchema => PathOf("build", "gradgate.schema.json");

    public static string JUnitXsd => PathOf("tests", "GradGate.Tasks.Tests", "Reports", "Schemas", "JUnit.xsd");

    public static string Readme => PathOf("README.md");

    public static string Docs(string page) => PathOf("docs", page);

    public static string PathOf(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GradGate.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException(
            $"No GradGate.sln in {AppContext.BaseDirectory} or above it; run the tests from a build inside the repository.");
    }
}
