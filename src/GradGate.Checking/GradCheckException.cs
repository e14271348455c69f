using GradGate.Results;

namespace GradGate;

/// <summary>
/// Thrown by <see cref="GradChecker.Assert(GradCheckTarget, GradCheckOptions?, string)"/> when a check fails or cannot
/// be judged. The message holds the check's errors as the build log writes them (<c>error GG0001: Checks.Loss: ...</c>);
/// <see cref="Results"/> holds every figure.
/// </summary>
public sealed class GradCheckException : Exception
{
    /// <summary>An exception for <paramref name="results"/>, at least one of which failed or could not be judged.</summary>
    public GradCheckException(IReadOnlyList<CheckResult> results)
        : base(Describe(results))
    {
        Results = results;
    }

    /// <summary>The results of the checks asserted: one, or one per member of a family.</summary>
    public IReadOnlyList<CheckResult> Results { get; }

    /// <summary>Throws when any of <paramref name="results"/> failed or could not be judged; warnings pass, as they pass the build.</summary>
    public static void ThrowIfFailed(IReadOnlyList<CheckResult> results)
    {
        if (results.Any(IsFailure))
        {
            throw new GradCheckException(results);
        }
    }

    private static bool IsFailure(CheckResult result) => result.Verdict is Verdict.Failed or Verdict.Error;

    private static string Describe(IReadOnlyList<CheckResult> results)
    {
        var failed = results.Where(IsFailure).ToList();
        var lines = failed.SelectMany(result => result.Findings
            .Where(finding => finding.Severity == Severity.Error)
            .Select(finding => $"error {finding.Code}: {DiagnosticText.Of(result, finding)}"));
        var heading = failed.Count == 1
            ? $"{DiagnosticText.CheckName(failed[0])} failed its gradient check ({failed[0].Verdict.ToString().ToLowerInvariant()}):"
            : $"{failed.Count} of {results.Count} gradient checks failed:";
        return string.Join(Environment.NewLine, [heading, .. lines]);
    }
}
