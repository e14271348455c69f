using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// Adds a compact Markdown summary of a run (<see cref="JobSummaryMarkdown"/>: the totals, the checks table and the failures,
/// within 64 KiB) to a GitHub Actions job summary when the build runs in one; the report files keep the full detail.
/// </summary>
internal static class GitHubStepSummary
{
    public const string VariableName = "GITHUB_STEP_SUMMARY";

    /// <summary>
    /// Appends the run's compact Markdown summary to the file <c>GITHUB_STEP_SUMMARY</c> names and returns its path; returns
    /// null, writing nothing, when the variable is unset or empty. Each target framework's build appends its own section.
    /// </summary>
    public static string? Append(RunResult run, Func<string, string?> getEnvironmentVariable)
    {
        var path = getEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        // The blank line keeps the heading a heading whatever the file ended with; one write keeps the section whole.
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes("\n" + JobSummaryMarkdown.Render(run));
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(bytes, 0, bytes.Length);
        return path;
    }
}
