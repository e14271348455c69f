namespace GradGate.Gate.Replay;

/// <summary>A report file as the report step left it: a replay is only valid while the file is still exactly this.</summary>
internal sealed record ReportFileStamp(string Path, long Length, long LastWriteTimeUtcTicks)
{
    /// <summary>The file as it is now, or null when it does not exist.</summary>
    public static ReportFileStamp? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new ReportFileStamp(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>Whether the file still exists with the same length and modification time (nobody rewrote or removed it).</summary>
    public bool IsUnchanged() => Of(Path) is { } now && now.Length == Length && now.LastWriteTimeUtcTicks == LastWriteTimeUtcTicks;
}
