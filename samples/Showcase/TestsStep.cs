using System.Text.RegularExpressions;

namespace Showcase;

/// <summary>
/// The same checks as test cases: <c>dotnet test samples/GradientTests</c> (GradGate.Xunit) lists every check of both
/// samples, passes TwoLayerNet's eight and fails BugHunt's two, naming W1 and the sigmoid, and its samples are built without
/// their gate (GradGateRunOnBuild=false), so a failing check is a failing test and not a stopped build.
/// </summary>
internal static partial class TestsStep
{
    private const int ExpectedCases = 10;
    private const int ExpectedPassed = 8;
    private const int ExpectedFailed = 2;

    /// <summary>Null when the test run showed what it should; else what it did not.</summary>
    public static string? Run(RepositoryLayout layout)
    {
        var project = Path.Combine(layout.Sample("GradientTests"), "GradientTests.csproj");
        var list = DotNetCli.Test(layout, project, "--list-tests");
        var listed = list.OutputLines.Select(line => line.Trim()).Where(line => line.StartsWith("Checks.", StringComparison.Ordinal)).ToList();
        foreach (var line in listed)
        {
            Console.WriteLine($"    listed: {line}");
        }

        var test = DotNetCli.Test(layout, project);
        var failures = test.OutputLines.Select(line => line.Trim()).Where(line => line.StartsWith("Failed ", StringComparison.Ordinal) || line.Contains("error GG0001", StringComparison.Ordinal)).ToList();
        foreach (var line in failures)
        {
            Console.WriteLine($"    {(line.Length > 200 ? line[..200] + "..." : line)}");
        }

        var summary = test.OutputLines.Select(line => line.Trim()).FirstOrDefault(line => Totals().IsMatch(line));
        Console.WriteLine($"    {summary ?? "(no test summary)"}; exit code {test.ExitCode}");

        var output = string.Join('\n', test.OutputLines);
        var totals = summary is null ? null : Totals().Match(summary);
        var met = listed.Count == ExpectedCases
            && test.ExitCode != 0
            && totals is not null
            && int.Parse(totals.Groups["failed"].Value) == ExpectedFailed
            && int.Parse(totals.Groups["passed"].Value) == ExpectedPassed
            && output.Contains("Gradient of W1 is wrong", StringComparison.Ordinal)
            && output.Contains("Checks.SigmoidOperator", StringComparison.Ordinal);
        return met
            ? null
            : $"dotnet test samples/GradientTests: expected {ExpectedCases} cases listed, {ExpectedPassed} passed and {ExpectedFailed} failed naming W1 and "
                + $"the sigmoid; listed {listed.Count}, exit code {test.ExitCode}, summary '{summary}'";
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+\d+, Total:\s+\d+")]
    private static partial Regex Totals();
}
