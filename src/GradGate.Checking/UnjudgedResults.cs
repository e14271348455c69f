using System.Globalization;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>The results of checks the engine never judged: skipped, wrongly defined, thrown or timed out.</summary>
internal static class UnjudgedResults
{
    /// <param name="byTarget">Whether the target said Skip (<see cref="GradCheckTarget.Skip"/>) rather than the attribute.</param>
    public static CheckResult Skipped(CheckIdentity identity, string reason, bool byTarget = false)
    {
        var shownReason = string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason;
        var result = Create(identity, Verdict.Skipped, durationSeconds: 0);
        result.SkipReason = reason;
        result.Findings.Add(new Finding
        {
            Code = DiagnosticCodes.Skipped,
            Severity = Severity.Message,
            Message = byTarget
                ? $"{identity.Name} was not run: its target says Skip ({shownReason}). Remove .Skip(...) to check it again."
                : $"{identity.Name} was not run: its [GradCheck] attribute says Skip ({shownReason}). Remove Skip to check it again.",
        });
        return result;
    }

    /// <summary>A target defined wrongly (GG0014); <paramref name="problem"/> says what and what to do.</summary>
    public static CheckResult Invalid(CheckIdentity identity, string problem, double durationSeconds)
        => WithError(Create(identity, Verdict.Failed, durationSeconds), DiagnosticCodes.InvalidTarget, GradCheckSignature.NotValid(identity.Name, problem));

    /// <summary>The [GradCheck] method, or the family it returns, threw (GG0009).</summary>
    public static CheckResult Threw(CheckIdentity identity, string whileDoing, Exception exception, double durationSeconds)
        => WithError(
            Create(identity, Verdict.Error, durationSeconds),
            DiagnosticCodes.CheckThrew,
            $"{identity.Name} could not be checked: {whileDoing} threw {ExceptionSummary.Describe(exception)}. Fix the exception; the check did not run.");

    /// <summary>The check ran past the timeout and was abandoned (GG0010).</summary>
    public static CheckResult TimedOut(CheckIdentity identity, double timeoutSeconds)
    {
        var seconds = timeoutSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return WithError(
            Create(identity, Verdict.Error, timeoutSeconds),
            DiagnosticCodes.Timeout,
            $"{identity.Name} did not finish within the timeout of {seconds} s and was abandoned. "
                + $"Make the check faster (smaller inputs, fewer parameters) or raise the GradGateTimeout property (now {seconds} s).");
    }

    private static CheckResult Create(CheckIdentity identity, Verdict verdict, double durationSeconds) => new()
    {
        Id = identity.Id,
        Name = identity.Name,
        ClassName = identity.ClassName,
        MethodName = identity.MethodName,
        Variant = identity.Variant,
        Verdict = verdict,
        DurationSeconds = durationSeconds,
    };

    private static CheckResult WithError(CheckResult result, string code, string message)
    {
        result.Findings.Add(new Finding { Code = code, Severity = Severity.Error, Message = message });
        return result;
    }
}
