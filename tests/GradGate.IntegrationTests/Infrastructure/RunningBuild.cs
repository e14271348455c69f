using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>
/// A <c>dotnet build</c> that runs while the test watches its output, started as a terminal starts a foreground job: in
/// a session and process group of its own (<c>setsid</c>), so the test can send the whole group the SIGINT a terminal's
/// Ctrl-C sends; and, when asked, with its standard input an open pipe, as in <c>sleep 60 | dotnet build</c>.
/// </summary>
internal sealed class RunningBuild : IDisposable
{
    private const int SigInt = 2;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly object _gate = new();
    private bool _ignoresSigInt;

    private RunningBuild(Process process)
    {
        _process = process;
    }

    public static RunningBuild Start(TestProject project, bool keepInputOpen, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = project.Directory,
            RedirectStandardInput = keepInputOpen,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["dotnet", .. TestProject.BuildArguments(project.ProjectPath), .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        DotNet.IsolateFromTestHost(startInfo);
        var process = new Process { StartInfo = startInfo };
        var build = new RunningBuild(process);
        process.OutputDataReceived += (_, e) => build.Add(e.Data);
        process.ErrorDataReceived += (_, e) => build.Add(e.Data);
        process.Start();
        // Read now, while the process surely exists: by the time of the interrupt it may have ended and been reaped.
        build._ignoresSigInt = IgnoresSigInt(process.Id);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return build;
    }

    /// <summary>
    /// Whether the build printed a line that <paramref name="predicate"/> matches within <paramref name="timeout"/>. When
    /// the build has exited, its output is drained first: its last lines may still be on their way when it ends.
    /// </summary>
    public bool WaitForLine(Func<string, bool> predicate, TimeSpan timeout)
    {
        SpinWait.SpinUntil(() => HasLine(predicate) || _process.HasExited, timeout);
        if (_process.HasExited)
        {
            _process.WaitForExit();
        }

        return HasLine(predicate);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Sends SIGINT to the build's whole process group, as a terminal's Ctrl-C does. Fails the test when the build ignores
    /// SIGINT (started from the background of a non-interactive shell), since a terminal's Ctrl-C cannot be reproduced then.
    /// </summary>
    public void InterruptProcessGroup()
    {
        Assert.False(_ignoresSigInt, "This test process was started with SIGINT ignored (in the background of a non-interactive shell?), so its builds ignore Ctrl-C too: run the tests in the foreground.");
        // A build that ended on its own meanwhile (the last moment is close to its end) has no process group left to signal.
        Assert.True(kill(-_process.Id, SigInt) == 0 || _process.HasExited, "SIGINT could not be sent to the build's process group.");
    }

    public BuildResult WaitForExit()
    {
        if (!_process.WaitForExit(Limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"A build ran past {Limit}:\n{Output}");
        }

        _process.WaitForExit();
        return new BuildResult(new ProcessResult(_process.ExitCode, Output));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string Output
    {
        get
        {
            lock (_gate)
            {
                return new StringBuilder().AppendJoin('\n', _lines).Append('\n').ToString();
            }
        }
    }

    private bool HasLine(Func<string, bool> predicate)
    {
        lock (_gate)
        {
            return _lines.Any(predicate);
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                _lines.Add(line);
            }
        }
    }

    /// <summary>
    /// Whether SIGINT is in the process's ignored signals (the SigIgn mask of /proc/pid/status). A child inherits the
    /// mask, so when the process is already gone this test process's own mask answers.
    /// </summary>
    private static bool IgnoresSigInt(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            status = "/proc/self/status";
        }

        var mask = File.ReadLines(status).Single(line => line.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        return (Convert.ToUInt64(mask, 16) & (1UL << (SigInt - 1))) != 0;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int processId, int signal);
}
