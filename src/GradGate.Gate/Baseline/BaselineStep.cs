using GradGate.Results;
using GradGate.Gate.BuildLog;

namespace GradGate.Gate.Baseline;

/// <summary>
/// Applies the project's baseline to a run at report time, after regenerating it when asked, so editing the file
/// takes effect on the next build without running the checks again. A covered finding keeps its code and its
/// severity in the reports, its message saying it is baselined; the build logs it as a message, so it does not fail
/// the build. Stale entries are GG0019 warnings at their line of the file; a malformed file is a GG0012 error and
/// covers nothing.
/// </summary>
internal sealed class BaselineStep(string baselinePath, string projectPath, string? targetFramework)
{
    public BaselineOutcome Apply(RunResult run)
    {
        var entries = BaselineFile.Read(baselinePath, out var problem);
        if (entries is null)
        {
            var malformed = new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.BadConfiguration,
                baselinePath,
                problem!.Line,
                0,
                $"GradGate cannot use the baseline '{baselinePath}': {problem.Message}. Fix the file, or regenerate it with "
                + "'dotnet build -p:GradGateGenerateBaseline=true'. No finding was baselined.");
            return new BaselineOutcome(run, [malformed], []);
        }

        var match = BaselineMatch.Of(run, entries, targetFramework);
        var forBuildLog = Copy(run);
        foreach (var (check, finding) in match.Covered)
        {
            var reported = run.Checks[check].Findings[finding];
            var severity = reported.Severity.ToString().ToLowerInvariant();
            reported.Message = $"{reported.Message} [Baselined {severity}: listed in {Path.GetFileName(baselinePath)}, so it does not fail the build.]";
            var logged = forBuildLog.Checks[check].Findings[finding];
            logged.Message = reported.Message;
            logged.Severity = Severity.Message;
        }

        var stale = match.Stale.Select(located => new BuildDiagnostic(
            Severity.Warning,
            DiagnosticCodes.StaleBaselineEntry,
            baselinePath,
            located.Line,
            0,
            $"The baseline entry for {located.Entry.Describe()} matches no finding of this build{For(targetFramework)}: it was fixed, "
            + "or the check was renamed. Regenerate the baseline with 'dotnet build -p:GradGateGenerateBaseline=true' so the entry "
            + "cannot hide the finding if it comes back.")).ToList();
        var notes = match.Covered.Count == 0
            ? []
            : new[]
            {
                $"GradGate: {Count(match.Covered.Count)} of {Path.GetFileName(projectPath)}{For(targetFramework)} baselined in '{baselinePath}' "
                + "(logged as messages, marked in the reports; fix them and regenerate the baseline).",
            };
        return new BaselineOutcome(forBuildLog, stale, notes);
    }

    /// <summary>Rewrites this framework's part of the baseline from the run, then applies it: every finding is covered.</summary>
    public BaselineOutcome RegenerateAndApply(RunResult run, string lockPath, IReadOnlyCollection<string> checkedFrameworks)
    {
        int count;
        try
        {
            count = BaselineGeneration.Update(baselinePath, lockPath, run, targetFramework ?? "", checkedFrameworks);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var unwritable = new BuildDiagnostic(
                Severity.Error,
                DiagnosticCodes.BadConfiguration,
                baselinePath,
                0,
                0,
                $"GradGateGenerateBaseline is true, but GradGate cannot write the baseline '{baselinePath}': {exception.Message} "
                + "Make the file and its folder writable, or set GradGateBaselineFile to a writable path. No finding was baselined.");
            return new BaselineOutcome(run, [unwritable], []);
        }

        var written = $"GradGate: wrote {(count == 1 ? "1 entry" : $"{count} entries")} to the baseline '{baselinePath}'{For(targetFramework)}; "
            + "review and commit it. Its findings are logged as messages from now on, and an entry no finding matches any more is a GG0019 warning.";
        var applied = Apply(run);
        return applied with { Notes = [written, .. applied.Notes] };
    }

    private static RunResult Copy(RunResult run) => ResultJson.Deserialize<RunResult>(ResultJson.Serialize(run, indented: false))!;

    private static string Count(int findings) => findings == 1 ? "1 finding" : $"{findings} findings";

    private static string For(string? targetFramework) => string.IsNullOrWhiteSpace(targetFramework) ? "" : $" ({targetFramework})";
}
