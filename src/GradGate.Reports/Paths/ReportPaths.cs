using GradGate.Results;

namespace GradGate.Reports.Paths;

/// <summary>
/// The run as the report files show it: the assembly, the project and each check's source file relative to the
/// repository root, with <c>/</c> separators, and the root left out of the findings' text (a stack trace's
/// <c>in /home/runner/work/app/src/Checks.cs:line 12</c> reads <c>in src/Checks.cs:line 12</c>). The stored results and
/// the build's diagnostics keep the full paths, which IDEs and the problem matcher want.
/// </summary>
internal static class ReportPaths
{
    /// <summary>A copy of <paramref name="run"/> with its paths relative to <paramref name="repositoryRoot"/>; the run itself is left as it is.</summary>
    public static RunResult RelativeTo(RunResult run, string repositoryRoot)
    {
        var copy = ResultJson.Deserialize<RunResult>(ResultJson.Serialize(run))!;
        copy.AssemblyPath = Relative(copy.AssemblyPath, repositoryRoot);
        copy.ProjectPath = Relative(copy.ProjectPath, repositoryRoot);
        var rootPrefixes = RootPrefixes(repositoryRoot);
        foreach (var finding in copy.RunFindings)
        {
            finding.Message = WithoutRoot(finding.Message, rootPrefixes);
        }

        foreach (var check in copy.Checks)
        {
            if (check.Source is { } source)
            {
                source.File = Relative(source.File, repositoryRoot);
            }

            check.SkipReason = check.SkipReason is null ? null : WithoutRoot(check.SkipReason, rootPrefixes);
            foreach (var finding in check.Findings)
            {
                finding.Message = WithoutRoot(finding.Message, rootPrefixes);
            }
        }

        return copy;
    }

    private static string Relative(string path, string root) => path.Length == 0 ? path : RepositoryPath.Relative(path, root);

    /// <summary>The root as text may spell it, with either separator after it.</summary>
    private static string[] RootPrefixes(string root)
    {
        var trimmed = root.TrimEnd('/', '\\');
        return trimmed.Length == 0 ? [] : [trimmed + "/", trimmed + "\\"];
    }

    private static string WithoutRoot(string text, string[] rootPrefixes)
        => rootPrefixes.Aggregate(text, (current, prefix) => current.Replace(prefix, ""));
}
