using System.Globalization;
using GradGate.Results;

namespace GradGate.Cli.Output;

/// <summary>A line per check as the runner reports its result, so a long run shows it is moving and where it stands.</summary>
internal sealed class ProgressLines
{
    private readonly ConsoleGateLog _log;
    private int _results;

    public ProgressLines(ConsoleGateLog log)
    {
        _log = log;
    }

    /// <summary>Takes one runner event; a check's result prints a line such as <c>GradGate: [2] failed Checks.Sigmoid (0.12 s)</c>.</summary>
    public void Hear(RunnerEvent runnerEvent)
    {
        if (runnerEvent.Event != RunnerEvent.Finished || runnerEvent.Result is not { } result)
        {
            return;
        }

        var count = Interlocked.Increment(ref _results);
        _log.WriteLine(Describe(count, result));
    }

    public static string Describe(int count, CheckResult result)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"GradGate: [{count}] {VerdictWord(result.Verdict)} {DiagnosticText.CheckName(result)} ({result.DurationSeconds:0.00} s)");

    private static string VerdictWord(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
