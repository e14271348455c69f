using System.CommandLine;
using System.Runtime.InteropServices;
using GradGate.Cli.Output;

namespace GradGate.Cli;

/// <summary>
/// <c>dotnet gradgate</c>. Exit codes: 0 every check passed (warnings allowed), 1 a check failed, 2 the checks could
/// not run (a bad command line included), 130 cancelled by Ctrl-C or SIGTERM.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Cancel(signal, cancellation));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Cancel(signal, cancellation));
        return Run(args, Console.Out, Console.Error, RunnerBesideTool(), Environment.GetEnvironmentVariable, cancellation.Token);
    }

    /// <summary>The whole tool with its console, runner and environment passed in, for tests.</summary>
    internal static int Run(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        string runnerPath,
        Func<string, string?> environment,
        CancellationToken cancellation)
    {
        var commandLine = new CommandLine(
            options => new CheckCommand(new ConsoleGateLog(output, options.Verbosity), runnerPath, environment).Run(options, cancellation),
            options => new MergeCommand(new ConsoleGateLog(output, options.Verbosity), environment).Run(options));
        var parsed = commandLine.Parse(args);
        if (CommandLine.IsParseError(parsed))
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error GG0012: {problem.Message}");
            }

            error.WriteLine("Run 'dotnet gradgate check --help' for the options.");
            return ExitCodes.CouldNotRun;
        }

        try
        {
            // check runs the checks; --help and --version print what was asked for and return 0.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            error.WriteLine(
                $"error GG0011: dotnet gradgate failed unexpectedly ({exception.GetType().Name}: {exception.Message}), so the checks have no "
                + "verdict. Run it again with --verbosity detailed, and report the problem with that output if it persists.");
            return ExitCodes.CouldNotRun;
        }
    }

    private static void Cancel(PosixSignalContext signal, CancellationTokenSource cancellation)
    {
        // The tool ends itself once the runner is stopped, with exit code 130.
        signal.Cancel = true;
        cancellation.Cancel();
    }

    private static string RunnerBesideTool() => Path.Combine(AppContext.BaseDirectory, "runner", "GradGate.Runner.dll");
}
