using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GradGate.Gate.BuildLog;
using GradGate.Gate.Configuration;
using GradGate.Gate.Discovery;
using GradGate.Gate.Files;
using GradGate.Reports;
using GradGate.Reports.Paths;
using GradGate.Results;

namespace GradGate.Gate;

/// <summary>
/// Compiles the report's code on a spare processor while the runner runs the checks, so that the report step, which
/// runs right after in the same process (the build's MSBuild node, or the command-line tool), finds it compiled rather
/// than compiling it cold on the critical path. It goes through the report's work on the previous run's results (read
/// before the run removed them): reading and writing the JSON, the build log's arrangement and summary, repository
/// paths, and rendering each requested format into memory.
/// </summary>
/// <remarks>
/// Writes nothing and logs nothing: its renderings are thrown away, so what it reads can never reach a report or the
/// build log (a cancelled or failed run still leaves no result). It never fails the build: anything it throws is
/// dropped, since the report step compiles whatever the warm-up did not reach. It does not run on a single processor,
/// where it would only take time from the checks. Where there are no previous results (the first build after a clean,
/// every rebuild, whose clean removed them) or they are larger than <see cref="LargestPreviousResults"/>, it renders
/// <see cref="WarmUpRun"/>, a small built-in run, instead.
/// </remarks>
internal static class ReportWarmUp
{
    /// <summary>Larger results are not read ahead: holding them would cost more memory than the warm-up saves time.</summary>
    internal const long LargestPreviousResults = 8 * 1024 * 1024;

    /// <summary>
    /// Starts the warm-up on a background thread over the results at <paramref name="resultsPath"/>, which the run is
    /// about to replace, or over <see cref="WarmUpRun"/> where there are none; returns the thread, or null when there is
    /// no processor to spare.
    /// </summary>
    public static Thread? Start(string resultsPath, string? reportFormats, IReadOnlyList<SourceRoot> sourceRoots, string projectPath)
    {
        if (Environment.ProcessorCount < 2)
        {
            return null;
        }

        var previousResults = ReadPrevious(resultsPath);
        var thread = NewThread(() => Run(previousResults ?? BuiltInResults(projectPath), reportFormats, sourceRoots, projectPath));
        thread.Start();
        return thread;
    }

    /// <summary>The warm-up's thread, not started: a background one, so it never keeps the build's process alive.</summary>
    internal static Thread NewThread(ThreadStart work) => new(work) { IsBackground = true, Name = "GradGate report warm-up" };

    /// <summary>The previous run's results, or null where there are none, they cannot be read, or they are too large to hold.</summary>
    internal static byte[]? ReadPrevious(string resultsPath)
    {
        try
        {
            var file = new FileInfo(resultsPath);
            return file.Exists && file.Length <= LargestPreviousResults ? SharedFile.ReadAllBytes(resultsPath) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// <see cref="WarmUpRun"/> as the JSON a run stores, for the warm-up to read back as it would read previous results;
    /// empty (so the warm-up renders nothing) should writing it fail. Not inlined, for the same reason as <see cref="Run"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static byte[] BuiltInResults(string projectPath)
    {
        try
        {
            return Encoding.UTF8.GetBytes(ResultJson.Serialize(WarmUpRun.For(projectPath)));
        }
        catch (Exception)
        {
            return [];
        }
    }

    /// <summary>
    /// The warm-up itself; returns how many report formats it rendered (for tests). Not inlined, so that
    /// <see cref="Start"/> loads none of the report's assemblies on the caller's thread.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int Run(byte[] previousResults, string? reportFormats, IReadOnlyList<SourceRoot> sourceRoots, string projectPath)
    {
        try
        {
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                hash.AppendData(previousResults);
                _ = hash.GetHashAndReset();
            }

            if (ResultJson.Deserialize<RunResult>(Encoding.UTF8.GetString(previousResults)) is not { } run)
            {
                return 0;
            }

            _ = ResultJson.Serialize(run);
            _ = DiagnosticArrangement.Arrange(run, projectPath);
            _ = DiagnosticText.OneLine(RunSummary.Describe(run));
            var reported = ReportPaths.RelativeTo(run, RepositoryRoot.Find(sourceRoots, projectPath));
            var rendered = 0;
            foreach (var report in ReportFormatList.Parse(reportFormats, []).Select(ReportFormats.Find).OfType<IReport>())
            {
                _ = report.Render(reported);
                rendered++;
            }

            return rendered;
        }
        catch (Exception)
        {
            // Only a warm-up: the report step compiles whatever it did not reach, and reports from the new results.
            return 0;
        }
    }
}
