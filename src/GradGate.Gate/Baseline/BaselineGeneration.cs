using GradGate.Results;
using GradGate.Gate.Files;
using GradGate.Reports;

namespace GradGate.Gate.Baseline;

/// <summary>
/// Writes this framework's findings into the project's baseline. The inner builds of a multi-targeted project can
/// run at the same moment and share the file, so each reads, merges and replaces it while holding a lock file
/// under obj/; the file itself is replaced atomically, so its reviewers and the other builds never see half of it.
/// </summary>
internal static class BaselineGeneration
{
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(2);

    /// <summary>Returns how many entries the file holds now.</summary>
    public static int Update(string baselinePath, string lockPath, RunResult run, string targetFramework, IReadOnlyCollection<string> checkedFrameworks)
    {
        // Another inner build of this project holds it for the few milliseconds a merge takes.
        using var held = ExclusiveFileLock.Take(lockPath, LockPatience, CancellationToken.None);

        // A malformed file is what regenerating repairs: its entries are replaced, not merged.
        var existing = BaselineFile.Read(baselinePath, out _) ?? [];
        var entries = BaselineMerge.Merge(existing.Select(located => located.Entry), BaselineMerge.EntriesOf(run), targetFramework, checkedFrameworks);
        AtomicFile.WriteAllText(baselinePath, BaselineFile.Render(entries));
        return entries.Count;
    }
}
