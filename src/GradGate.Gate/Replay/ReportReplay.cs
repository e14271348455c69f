namespace GradGate.Gate.Replay;

/// <summary>
/// What the last report of a build logged and wrote, under the fingerprint of everything it read (obj/.../gradgate/reported.txt).
/// A build that finds the same fingerprint and its report files untouched makes the same log calls again instead of
/// reading the results, applying the baseline and rendering every report anew, which in a no-op build cost more than
/// the rest of the gate (issue 15). It is a cache: a missing, unreadable or older file only means the full report runs.
/// </summary>
internal sealed class ReportReplay(string fingerprint, IReadOnlyList<LoggedLine> lines, IReadOnlyList<ReportFileStamp> reports)
{
    public string Fingerprint { get; } = fingerprint;

    public IReadOnlyList<LoggedLine> Lines { get; } = lines;

    public IReadOnlyList<ReportFileStamp> Reports { get; } = reports;

    /// <summary>Whether every report file is still as the report left it.</summary>
    public bool ReportsUnchanged() => Reports.All(report => report.IsUnchanged());

    /// <summary>
    /// Marks every report file as written now, as a full report would have: CI test publishers (Jenkins' JUnit step among
    /// them) refuse report files older than the build. Returns the record with the new times.
    /// </summary>
    public ReportReplay Touched(DateTime nowUtc)
    {
        var stamps = new List<ReportFileStamp>(Reports.Count);
        foreach (var report in Reports)
        {
            File.SetLastWriteTimeUtc(report.Path, nowUtc);
            stamps.Add(ReportFileStamp.Of(report.Path) ?? report);
        }

        return new ReportReplay(Fingerprint, Lines, stamps);
    }

    /// <summary>The record at <paramref name="path"/>, or null when there is none this GradGate can read.</summary>
    public static ReportReplay? Read(string path)
    {
        try
        {
            return File.Exists(path) ? ReplayRecordText.Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the record through a temporary file, so a reader sees the old record or the new one. Not flushed to disk: it
    /// is a cache, and one a crash leaves unreadable only means the next report runs in full.
    /// </summary>
    public void Write(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var temporaryPath = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporaryPath, ReplayRecordText.Format(this));
        if (File.Exists(fullPath))
        {
            File.Replace(temporaryPath, fullPath, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temporaryPath, fullPath);
        }
    }

    /// <summary>Removes the record, so that a report that does not finish leaves none behind to replay.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A record that cannot be removed is still checked against the fingerprint before any replay.
        }
    }
}
