using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// The suite's <c>property</c> list: the run's settings under <c>gradgate.</c>, then each check's figures under its
/// id (<c>MyChecks.Mlp.Loss.relativeError</c>), numbers in round-trip form so scripts read back exactly what was judged.
/// </summary>
internal static class JUnitProperties
{
    private const string RunPrefix = "gradgate.";

    public static IEnumerable<KeyValuePair<string, string>> Of(RunResult run)
        => OfRun(run).Concat(run.Checks.SelectMany(OfCheck));

    private static IEnumerable<KeyValuePair<string, string>> OfRun(RunResult run)
    {
        yield return Property(RunPrefix, "toolVersion", run.ToolVersion);
        yield return Property(RunPrefix, "assemblyPath", run.AssemblyPath);
        yield return Property(RunPrefix, "projectPath", run.ProjectPath);
        if (run.TargetFramework is { } targetFramework)
        {
            yield return Property(RunPrefix, "targetFramework", targetFramework);
        }

        if (run.Filter is { } filter)
        {
            yield return Property(RunPrefix, "filter", filter);
        }

        if (run.Settings.ErrorThreshold is { } errorThreshold)
        {
            yield return Property(RunPrefix, "errorThreshold", Figures.Exact(errorThreshold));
        }

        if (run.Settings.WarningThreshold is { } warningThreshold)
        {
            yield return Property(RunPrefix, "warningThreshold", Figures.Exact(warningThreshold));
        }

        if (run.Settings.Epsilon is { } epsilon)
        {
            yield return Property(RunPrefix, "epsilon", Figures.Exact(epsilon));
        }

        yield return Property(RunPrefix, "timeoutSeconds", Figures.Exact(run.Settings.TimeoutSeconds));
    }

    private static IEnumerable<KeyValuePair<string, string>> OfCheck(CheckResult check)
    {
        var prefix = check.Id + ".";
        yield return Property(prefix, "verdict", check.Verdict.ToString().ToLowerInvariant());
        if (check.Kind is { } kind)
        {
            yield return Property(prefix, "kind", kind);
        }

        if (check.RelativeError is { } relativeError)
        {
            yield return Property(prefix, "relativeError", Figures.Exact(relativeError));
        }

        if (check.MaxElementRelativeError is { } maxElementRelativeError)
        {
            yield return Property(prefix, "maxElementRelativeError", Figures.Exact(maxElementRelativeError));
        }

        if (check.Settings is { } settings)
        {
            yield return Property(prefix, "dtype", settings.DType);
            yield return Property(prefix, "epsilon", Figures.Exact(settings.Epsilon));
            yield return Property(prefix, "seed", Figures.Exact(settings.Seed));
            yield return Property(prefix, "errorThreshold", Figures.Exact(settings.ErrorThreshold));
            yield return Property(prefix, "warningThreshold", Figures.Exact(settings.WarningThreshold));
            yield return Property(prefix, "delta", Figures.Exact(settings.Delta));
        }

        yield return Property(prefix, "evaluations", Figures.Exact(check.Evaluations));
        if (check.Findings.Count > 0)
        {
            yield return Property(prefix, "codes", string.Join(",", check.Findings.Select(finding => finding.Code).Distinct()));
        }
    }

    private static KeyValuePair<string, string> Property(string prefix, string name, string value) => new(prefix + name, value);
}
