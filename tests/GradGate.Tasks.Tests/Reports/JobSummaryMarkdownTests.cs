using System.Text;
using System.Text.RegularExpressions;
using GradGate.Reports;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports;

/// <summary>
/// The job summary stays far below GitHub's 1 MiB per step however large the run: the table (failures first) and the
/// failures' details, the worst coordinates for failures only, and a count of what was left out.
/// </summary>
public sealed class JobSummaryMarkdownTests
{
    [Fact]
    public void A_small_run_is_summarised_whole_with_coordinates_for_failures_only()
    {
        var run = Run(Check("Net.Loss", Verdict.Failed, "W1[2,7]"), Check("Net.Bias", Verdict.Warning, "b1[0]"), Check("Net.Fine", Verdict.Passed, "W2[0,0]"));

        var summary = JobSummaryMarkdown.Render(run);

        Assert.StartsWith("## GradGate BugHunt (net10.0): 3 checks, 1 passed, 1 warning, 1 failed\n", summary);
        Assert.Equal(["Failed", "Warning", "Passed"], Regex.Matches(summary, @"^\| (Failed|Warning|Passed) \|", RegexOptions.Multiline).Select(match => match.Groups[1].Value));
        Assert.Contains("### Failed: Net.Loss", summary);
        Assert.Contains("| W1\\[2,7\\] | 2 | 1 | 3.33e-01 |", summary);
        Assert.DoesNotContain("b1\\[0\\]", summary);
        Assert.DoesNotContain("### Warning", summary);
        Assert.DoesNotContain("Left out", summary);
    }

    [Fact]
    public void Thousands_of_checks_and_failures_stay_under_64_KiB_and_say_how_many_were_left_out()
    {
        var checks = Enumerable.Range(0, 5000)
            .Select(index => Check($"Model.Layer{index}.Backward", index % 3 == 0 ? Verdict.Failed : Verdict.Passed, $"W{index}[0,1]", new string('x', 3000)))
            .ToArray();
        var failed = checks.Count(check => check.Verdict == Verdict.Failed);

        var summary = JobSummaryMarkdown.Render(Run(checks));

        Assert.InRange(Encoding.UTF8.GetByteCount(summary), 1, JobSummaryMarkdown.MaxBytes);
        var rows = Regex.Matches(summary, @"^\| (Failed|Passed) \| Model\.Layer", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
        var details = Regex.Matches(summary, @"^### Failed: ", RegexOptions.Multiline).Count;
        var leftOut = Regex.Match(summary, @"_Left out to keep this summary under 64 KiB: (\d+) checks from the table and the details of (\d+) failures\._");
        Assert.True(leftOut.Success, summary[^600..]);
        Assert.Equal(checks.Length, rows.Count + int.Parse(leftOut.Groups[1].Value));
        Assert.Equal(failed, details + int.Parse(leftOut.Groups[2].Value));
        Assert.All(rows.Take(Math.Min(rows.Count, failed)), verdict => Assert.Equal("Failed", verdict));
        Assert.Contains("(gradgate.md, gradgate.json, gradgate.html) in GradGateReportDirectory", summary);
        Assert.Contains("\u2026", summary);
    }

    private static RunResult Run(params CheckResult[] checks) => new()
    {
        AssemblyName = "BugHunt",
        TargetFramework = "net10.0",
        ToolVersion = "0.1.0",
        Checks = [.. checks],
    };

    private static CheckResult Check(string name, Verdict verdict, string coordinate, string messageTail = "")
    {
        var code = verdict == Verdict.Failed ? DiagnosticCodes.GradientMismatch : DiagnosticCodes.GradientMismatchWarning;
        return new CheckResult
        {
            Id = "Tests." + name,
            Name = name,
            Verdict = verdict,
            RelativeError = 1.0 / 3,
            Findings = verdict == Verdict.Passed ? [] : [new Finding { Code = code, Severity = verdict == Verdict.Failed ? Severity.Error : Severity.Warning, Message = $"Gradient of {coordinate} is wrong. {messageTail}" }],
            Blocks =
            [
                new BlockResult
                {
                    Name = coordinate.Split('[')[0],
                    RelativeError = 1.0 / 3,
                    Verdict = verdict,
                    Worst = [new Coordinate { Label = coordinate, Analytic = 2, Numeric = 1, AbsoluteError = 1, RelativeError = 1.0 / 3 }],
                },
            ],
        };
    }
}
