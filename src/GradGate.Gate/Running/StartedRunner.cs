using System.Diagnostics;
using System.Text;

namespace GradGate.Gate.Running;

/// <summary>
/// A runner process just started, with what watches it from its first moment: the tree that ends it and whatever it
/// starts, the signals its output handlers raise, and the excerpt of its standard error. <see cref="RunnerProcess"/>
/// starts one for a request already written; <see cref="RunnerStandby"/> starts one before the build has compiled the
/// checks, and hands it over with the request's path.
/// </summary>
internal sealed class StartedRunner : IDisposable
{
    private StartedRunner(Process process, RunnerProcessTree tree, ProcessSignals signals, StandardErrorExcerpt standardError)
    {
        Process = process;
        Tree = tree;
        Signals = signals;
        StandardError = standardError;
    }

    public Process Process { get; }

    public RunnerProcessTree Tree { get; }

    public ProcessSignals Signals { get; }

    public StandardErrorExcerpt StandardError { get; }

    /// <summary>Starts <c>dotnet exec .. GradGate.Runner.dll</c> with <paramref name="runnerArguments"/>; its standard input stays open.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The host could not be started.</exception>
    public static StartedRunner Start(RunnerLaunch launch, IReadOnlyList<string> runnerArguments)
    {
        var standardError = new StandardErrorExcerpt();
        var tree = new RunnerProcessTree();
        var signals = new ProcessSignals();
        var startInfo = StartInfo(launch, runnerArguments);
        tree.Mark(startInfo);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                signals.MarkPipeClosed();
            }
            else
            {
                signals.AddOutput(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                signals.MarkPipeClosed();
            }
            else
            {
                standardError.Add(line.Data);
            }
        };
        process.Exited += (_, _) => signals.MarkExited();

        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            signals.Dispose();
            tree.Dispose();
            throw;
        }

        tree.Adopt(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new StartedRunner(process, tree, signals, standardError);
    }

    /// <summary>
    /// Ends the runner's standard input, after <paramref name="line"/> when there is one. An empty input gives a check that
    /// reads standard input its end at once, even when the build's own input is an open pipe.
    /// </summary>
    public void EndInput(string? line = null)
    {
        try
        {
            if (line is not null)
            {
                // Bytes, not the writer's text: netstandard2.0 cannot choose the writer's encoding, and the runner reads UTF-8.
                var bytes = new UTF8Encoding(false).GetBytes(line + "\n");
                Process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
                Process.StandardInput.BaseStream.Flush();
            }

            Process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The runner has already ended (the pipe is broken): how it ended is read from its exit.
        }
    }

    public void Dispose()
    {
        Tree.Dispose();
        Signals.Dispose();
        Process.Dispose();
    }

    private static ProcessStartInfo StartInfo(RunnerLaunch launch, IReadOnlyList<string> runnerArguments)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = launch.HostPath,
            Arguments = launch.CommandLine(runnerArguments),
            WorkingDirectory = launch.WorkingDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var variable in launch.EnvironmentVariables())
        {
            startInfo.Environment[variable.Key] = variable.Value;
        }

        return startInfo;
    }
}
