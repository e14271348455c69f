using GradGate.Gate.Files;
using GradGate.Reports;

namespace GradGate.Gate.Replay;

/// <summary>
/// Everything a <see cref="ReportStep"/> reads, hashed: the stored results and the baseline byte for byte, every setting,
/// the repository root the paths are made relative to, and the GradGate assemblies that render them. Two reports with the
/// same fingerprint log the same lines and write the same files, so the second may replay the first.
/// </summary>
internal static class ReportFingerprint
{
    /// <summary>
    /// The fingerprint of <paramref name="results"/> (the stored results' bytes, read once by the step, which parses the
    /// same bytes) and everything else the step reads, or null when the report must run in full anyway: no results to
    /// read, a baseline to regenerate, or a GitHub job summary to append to (every build appends its own).
    /// </summary>
    public static string? Of(ReportStep step, byte[]? results)
    {
        if (results is null || !ReportStep.IsEmptyOrFalse(step.GenerateBaseline)
            || !string.IsNullOrEmpty(step.ReadEnvironmentVariable(GitHubStepSummary.VariableName)))
        {
            return null;
        }

        try
        {
            using var fingerprint = new FingerprintBuilder()
                .Add("results", results)
                .Add("project", step.ProjectPath)
                .Add("reportDirectory", step.ReportDirectory)
                .Add("reportFormats", step.ReportFormats)
                .Add("targetFramework", step.TargetFramework)
                .Add("checkedTargetFrameworks", step.CheckedTargetFrameworks)
                .Add("repositoryRoot", RepositoryRoot.Find(step.SourceRoots, step.ProjectPath))
                .Add("baselineFile", step.BaselineFile);
            foreach (var root in step.SourceRoots)
            {
                fingerprint.Add("sourceRoot", root.ToString());
            }

            if (!string.IsNullOrWhiteSpace(step.BaselineFile))
            {
                var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(step.ProjectPath))!;
                var baselinePath = Path.GetFullPath(Path.Combine(projectDirectory, step.BaselineFile));
                if (File.Exists(baselinePath))
                {
                    fingerprint.Add("baseline", File.ReadAllBytes(baselinePath));
                }
                else
                {
                    fingerprint.Add("baseline", Directory.Exists(baselinePath) ? "a folder" : null);
                }
            }

            foreach (var assembly in ReportWriter.RenderingAssemblies.Prepend(typeof(ReportStep).Assembly))
            {
                fingerprint.Add(assembly.GetName().Name!, assembly.ManifestModule.ModuleVersionId.ToString());
            }

            return fingerprint.Finish();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
