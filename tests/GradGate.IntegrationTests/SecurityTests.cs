using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests;

[Collection(PackageCollection.Name)]
public sealed class SecurityTests(PackageFixture package)
{
    private const string Program = """
        namespace UserChecks;

        public static class Program
        {
            public static int Main()
            {
                File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "main-ran.txt"), "the entry point ran");
                return 0;
            }
        }

        public static class Unrelated
        {
            static Unrelated() => File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "unrelated-ran.txt"), "a type no check uses was initialised");

            public static int Touch() => 0;
        }
        """;

    [Fact]
    public void The_runner_calls_the_registered_check_methods_of_an_app_never_its_entry_point()
    {
        var project = TestProject.Create(package, "CheckedApp", extraProperties: "<OutputType>Exe</OutputType>")
            .WriteFile("Program.cs", Program)
            .WriteFile("CorrectChecks.cs", CheckSources.CorrectChecks);

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("2 checks, 2 passed", build.Summary);
        Assert.True(File.Exists(Path.Combine(project.OutputDirectory(), "CheckedApp.runtimeconfig.json")));
        Assert.False(File.Exists(Path.Combine(project.OutputDirectory(), "main-ran.txt")));
        Assert.False(File.Exists(Path.Combine(project.OutputDirectory(), "unrelated-ran.txt")));
    }
}
