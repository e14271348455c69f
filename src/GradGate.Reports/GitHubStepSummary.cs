using System.Text;
using GradGate.Results;

namespace GradGate.Reports;

/// <summary>Adds the Markdown summary of a run to a GitHub Actions job summary when the build runs in one.</summary>
internal static class GitHubStepSummary
{
    public const string VariableName = "GITHUB_STEP_SUMMARY";

    /// <summary>
    /// Appends the run's Markdown summary to the file <c>GITHUB_STEP_SUMMARY</c> names and returns its path; returns
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
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes("\n" + new MarkdownReport().Render(run));
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(bytes, 0, bytes.Length);
        return path;
    }
}
