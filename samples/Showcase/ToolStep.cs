namespace Showcase;

/// <summary>
/// The showcase's last step: installs <c>dotnet gradgate</c> from the feed and runs it on samples/BugHunt, already built
/// by the step before, to show the tool's verdict and exit code (1: a check failed) beside the build's.
/// </summary>
internal static class ToolStep
{
    private const int ExpectedExitCode = 1;

    /// <summary>Null when the tool showed what it should; else what it did not.</summary>
    public static string? Run(RepositoryLayout layout, string version)
    {
        foreach (var stale in new[] { layout.ToolDirectory, layout.RestoredTool })
        {
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        var install = DotNetCli.InstallTool(layout, version);
        if (install.ExitCode != 0)
        {
            install.OutputLines.ToList().ForEach(Console.Error.WriteLine);
            return $"installing GradGate.Tool from {layout.Relative(layout.Feed)} failed (exit code {install.ExitCode})";
        }

        var reports = Path.Combine(layout.LogDirectory, "tool-reports");
        var check = DotNetCli.GradGate(layout, "check", Path.Combine(layout.Sample("BugHunt"), "BugHunt.csproj"), "--report-directory", reports);
        foreach (var line in check.OutputLines)
        {
            Console.WriteLine($"    {line}");
        }

        Console.WriteLine($"    exit code {check.ExitCode} (0 passed, 1 a check failed, 2 could not run); its reports are in {layout.Relative(reports)}");
        var output = string.Join('\n', check.OutputLines);
        return check.ExitCode == ExpectedExitCode && output.Contains("W1", StringComparison.Ordinal) && output.Contains("SigmoidOperator", StringComparison.Ordinal)
            ? null
            : $"dotnet gradgate on samples/BugHunt: expected exit code {ExpectedExitCode} naming W1 and SigmoidOperator, got {check.ExitCode}";
    }
}
