using GradGate.Results;

namespace GradGate.Reports;

/// <summary>
/// Writes the requested reports of one run into one folder, each file replaced atomically, and removes the reports
/// of earlier builds in a format not requested now: a dashboard must not read a verdict this build did not reach.
/// </summary>
internal static class ReportWriter
{
    /// <summary>The assemblies whose code renders the reports: a report replayed from an earlier build is only valid when they are the same.</summary>
    public static IReadOnlyList<System.Reflection.Assembly> RenderingAssemblies { get; } =
        [typeof(ReportWriter).Assembly, typeof(Html.HtmlReportDocument).Assembly, typeof(RunResult).Assembly];

    /// <summary>
    /// Writes <c>gradgate.json</c>, <c>gradgate.junit.xml</c>, <c>gradgate.md</c> and <c>gradgate.sarif</c> (named with the shard for a sharded run) as <paramref name="formats"/>
    /// asks (each once, in the order asked), creating <paramref name="directory"/> if needed, and returns the
    /// full paths written; removes GradGate's other report files from the folder. The caller has validated the format
    /// names against <see cref="ReportFormats"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(RunResult run, string directory, IReadOnlyCollection<string> formats)
    {
        var reports = formats.Select(Resolve).Distinct().ToList();
        var fullDirectory = Path.GetFullPath(directory);
        if (reports.Count > 0)
        {
            Directory.CreateDirectory(fullDirectory);
        }

        var written = new List<string>(reports.Count);
        foreach (var report in reports)
        {
            var path = Path.Combine(fullDirectory, FileName(report, run.Shard));
            AtomicFile.WriteAllText(path, report.Render(run));
            written.Add(path);
        }

        foreach (var dropped in ReportFormats.All.Except(reports).Where(_ => Directory.Exists(fullDirectory)))
        {
            File.Delete(Path.Combine(fullDirectory, FileName(dropped, run.Shard)));
        }

        return written;
    }

    /// <summary>
    /// The report's file name, with the shard for a sharded run (<c>gradgate.shard-2-of-4.junit.xml</c>), so that the
    /// artifacts of a CI job matrix never overwrite each other when they are downloaded into one folder to be merged.
    /// </summary>
    public static string FileName(IReport report, string? shard)
    {
        if (string.IsNullOrWhiteSpace(shard))
        {
            return report.FileName;
        }

        const string stem = "gradgate.";
        var infix = "shard-" + shard!.Replace("/", "-of-") + ".";
        return report.FileName.StartsWith(stem, StringComparison.Ordinal)
            ? stem + infix + report.FileName.Substring(stem.Length)
            : infix + report.FileName;
    }

    private static IReport Resolve(string formatName)
        => ReportFormats.Find(formatName)
            ?? throw new ArgumentException(
                $"'{formatName}' is not a GradGate report format; use {string.Join(", ", ReportFormats.Names)}.",
                nameof(formatName));
}
