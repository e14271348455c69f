using System.Text.Json;
using GradGate.Cli.Output;
using GradGate.Gate;
using GradGate.Gate.Configuration;
using GradGate.Gate.Merging;
using GradGate.Gate.Storage;
using GradGate.Results;

namespace GradGate.Cli;

/// <summary>
/// <c>dotnet gradgate merge</c>: the JSON reports of a CI job matrix's shards (<c>GradGateShard=k/n</c>) become the reports
/// of the whole run (<see cref="ShardMerge"/>), logged and written by the gate's own <see cref="ReportStep"/>: the same
/// findings, summary line, report files and job summary as one unsharded build. No check runs.
/// </summary>
internal sealed class MergeCommand(ConsoleGateLog log, Func<string, string?> environment)
{
    public int Run(MergeOptions options)
    {
        var formatProblems = new List<ConfigurationProblem>();
        ReportFormatList.Parse(options.ReportFormats, formatProblems);
        formatProblems.ForEach(problem => log.Error(DiagnosticCodes.BadConfiguration, "", 0, 0, problem.Message));
        var shards = options.Reports.Select(Read).ToList();
        if (formatProblems.Count > 0 || shards.Any(shard => shard is null))
        {
            return ExitCodes.CouldNotRun;
        }

        var merged = ShardMerge.Merge(shards!);
        var scratch = Directory.CreateTempSubdirectory("gradgate-merge-").FullName;
        try
        {
            var resultsPath = Path.Combine(scratch, "results.json");
            RunResultStore.Write(resultsPath, merged);
            var report = new ReportStep
            {
                ResultsPath = resultsPath,
                ProjectPath = merged.ProjectPath,
                ReportDirectory = Path.GetFullPath(options.ReportDirectory ?? "gradgate"),
                ReportFormats = options.ReportFormats ?? "json;junit;markdown",
                TargetFramework = merged.TargetFramework,
                ReadEnvironmentVariable = environment,
            };
            report.Report(log);
            foreach (var file in report.ReportFiles)
            {
                log.Message(Gate.Logging.LogImportance.Normal, $"GradGate: wrote {file}");
            }

            return CheckCommand.ExitCode(log.ErrorCodes);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private RunResult? Read(string path)
    {
        try
        {
            var run = ResultJson.Deserialize<RunResult>(File.ReadAllText(path));
            if (run is not null && run.AssemblyName.Length > 0)
            {
                return run;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            log.Error(DiagnosticCodes.UnreadableInput, Path.GetFullPath(path), 0, 0,
                $"'{path}' cannot be read as a GradGate JSON report ({exception.Message}). Give the gradgate.json (or gradgate.shard-k-of-n.json) "
                + "each shard's job wrote.");
            return null;
        }

        log.Error(DiagnosticCodes.UnreadableInput, Path.GetFullPath(path), 0, 0,
            $"'{path}' is not a GradGate JSON report (it names no assembly). Give the gradgate.json (or gradgate.shard-k-of-n.json) each shard's job wrote.");
        return null;
    }
}
