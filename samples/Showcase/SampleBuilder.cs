namespace Showcase;

/// <summary>Builds one sample through the freshly packed GradGate and collects what the build reported.</summary>
internal static class SampleBuilder
{
    private const string TargetFramework = "net10.0";

    public static SampleBuild Build(RepositoryLayout layout, SampleCase sample, string configuration)
    {
        var projectDirectory = layout.Sample(sample.Name);
        var reportDirectory = Path.Combine(projectDirectory, "bin", configuration, TargetFramework, "gradgate");

        // Reports left by an earlier run must not pass for this run's.
        if (Directory.Exists(reportDirectory))
        {
            Directory.Delete(reportDirectory, recursive: true);
        }

        var result = DotNetCli.Build(layout, projectDirectory, configuration);

        Directory.CreateDirectory(layout.LogDirectory);
        var logPath = Path.Combine(layout.LogDirectory, $"{sample.Name}.build.log");
        File.WriteAllLines(logPath, result.OutputLines);

        var reportFiles = Directory.Exists(reportDirectory)
            ? Directory.GetFiles(reportDirectory).Order(StringComparer.Ordinal).ToArray()
            : [];

        return new SampleBuild(
            result.ExitCode,
            BuildOutputParser.SummaryLines(result.OutputLines),
            BuildOutputParser.Diagnostics(result.OutputLines),
            reportFiles,
            logPath);
    }
}
