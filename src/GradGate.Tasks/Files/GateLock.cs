using System.Globalization;
using GradGate.Gate.Files;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.Files;

/// <summary>
/// One build of a project at a time runs and reports its checks: two builds at once (two terminals, an IDE beside the
/// command line, a test run beside a build) would otherwise share the runner's files under obj/ and the stored results,
/// and one would blame a check for the other's doing. The second build waits, saying so after a few seconds; the lock
/// is taken before the checks run and handed over to the report task of the same build, which releases it, so each
/// build reports the results it obtained. MSBuild disposes a lock still held when the build ends, and the operating
/// system releases it when the build process dies.
/// </summary>
internal static class GateLock
{
    private static readonly TimeSpan FirstNotice = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan NoticeInterval = TimeSpan.FromSeconds(30);

    /// <summary>Waits for the lock as long as it takes; null when the build is cancelled first.</summary>
    /// <param name="notice">Logs that the build is waiting, first after a few seconds and then now and again.</param>
    /// <exception cref="IOException">The lock file cannot be created.</exception>
    public static ExclusiveFileLock? Take(string path, string projectName, CancellationToken cancellation, Action<string> notice)
    {
        var nextNotice = FirstNotice;
        return ExclusiveFileLock.Take(path, TimeSpan.MaxValue, cancellation, waited =>
        {
            if (waited < nextNotice)
            {
                return;
            }

            var seconds = waited.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            notice(
                $"GradGate: waiting for another build of {projectName} to finish its gradient checks ({seconds} s so far); it holds '{path}'. "
                + "Builds of one project take turns, so that neither reports the other's results.");
            nextNotice = waited + NoticeInterval;
        });
    }

    /// <summary>Keeps the lock for the report task of this build (see <see cref="TakeOver"/>).</summary>
    public static void HandOver(IBuildEngine engine, string path, ExclusiveFileLock held)
    {
        if (engine is IBuildEngine4 registry)
        {
            registry.RegisterTaskObject(Key(path), held, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        }
        else
        {
            held.Dispose();
        }
    }

    /// <summary>The lock the run task of this build handed over, now the caller's to release; null when it handed over none.</summary>
    public static ExclusiveFileLock? TakeOver(IBuildEngine engine, string path)
        => engine is IBuildEngine4 registry ? registry.UnregisterTaskObject(Key(path), RegisteredTaskObjectLifetime.Build) as ExclusiveFileLock : null;

    private static string Key(string path) => "GradGate.GateLock|" + Path.GetFullPath(path);
}
