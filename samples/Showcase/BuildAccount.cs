namespace Showcase;

/// <summary>Prints the short account of one sample's build: what it printed, what it wrote, and each verdict.</summary>
internal static class BuildAccount
{
    private const string Indent = "    ";

    public static void Print(RepositoryLayout layout, SampleCase sample, SampleBuild build, IEnumerable<Verdict> verdicts)
    {
        Console.WriteLine($"{Indent}exit code: {build.ExitCode}");
        PrintList("GradGate summary", build.SummaryLines);
        PrintList("GradGate diagnostics", build.GradGateDiagnostics.Select(diagnostic => diagnostic.Format(layout.Relative)).ToArray());

        var otherErrors = build.Diagnostics.Where(diagnostic => diagnostic.IsError && !diagnostic.IsGradGate).ToArray();
        if (otherErrors.Length > 0)
        {
            PrintList("other errors", otherErrors.Select(diagnostic => diagnostic.Format(layout.Relative)).ToArray());
        }

        PrintList("reports", build.ReportFiles.Select(layout.Relative).ToArray());
        Console.WriteLine($"{Indent}full build output: {layout.Relative(build.LogPath)}");

        var markdown = build.ReportFiles.FirstOrDefault(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
        if (!sample.ExpectedToPass && markdown is not null)
        {
            PrintList($"markdown summary ({layout.Relative(markdown)})", File.ReadAllLines(markdown));
        }

        foreach (var verdict in verdicts)
        {
            Console.WriteLine($"{Indent}{(verdict.IsMet ? "[ok]    " : "[FAILED]")} {verdict.Expectation.Description}");
        }

        Console.WriteLine();
    }

    private static void PrintList(string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            Console.WriteLine($"{Indent}{heading}: none");
            return;
        }

        Console.WriteLine($"{Indent}{heading}:");
        foreach (var line in lines)
        {
            Console.WriteLine($"{Indent}  {line}");
        }
    }
}
