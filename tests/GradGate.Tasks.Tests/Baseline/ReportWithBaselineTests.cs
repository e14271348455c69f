using System.Text.Json;
using GradGate.Results;
using GradGate.Gate.Storage;
using GradGate.Tasks.Tests.Infrastructure;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.Tests.Baseline;

[Collection(MsBuildCollection.Name)]
public sealed class ReportWithBaselineTests : IDisposable
{
    private const string BaselinedW1 = """
        {
          "schemaVersion": 1,
          "entries": [
            {"check":"Net.Checks.Loss","code":"GG0001","block":"W1"}
          ]
        }
        """;

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string ProjectPath => _scratch.File("Net.csproj");

    private string ResultsPath => _scratch.File("results.json");

    private string BaselinePath => _scratch.File("GradGate.baseline.json");

    [Fact]
    public void A_baselined_finding_is_logged_as_a_message_with_its_code_and_does_not_fail_the_build()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "gradient of W1 is wrong"))));
        File.WriteAllText(BaselinePath, BaselinedW1);

        var (succeeded, engine) = Report();

        Assert.True(succeeded);
        Assert.Empty(engine.Diagnostics);
        var message = Assert.Single(engine.Messages, logged => logged.Code == DiagnosticCodes.GradientMismatch);
        Assert.Equal(
            "Checks.Loss: gradient of W1 is wrong [Baselined error: listed in GradGate.baseline.json, so it does not fail the build.]",
            message.Message);
        Assert.Equal(MessageImportance.Normal, message.Importance);
        Assert.Contains(engine.Messages, logged => logged.Message.StartsWith("GradGate: 1 finding of Net.csproj baselined in '" + BaselinePath + "'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reports_keep_a_baselined_findings_code_and_severity_and_say_it_is_baselined()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "gradient of W1 is wrong"))));
        File.WriteAllText(BaselinePath, BaselinedW1);

        Report(task => { task.ReportDirectory = _scratch.File("reports"); task.ReportFormats = "json;junit"; });

        using var json = JsonDocument.Parse(File.ReadAllText(_scratch.File("reports/gradgate.json")));
        var finding = json.RootElement.GetProperty("checks")[0].GetProperty("findings")[0];
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.EndsWith("[Baselined error: listed in GradGate.baseline.json, so it does not fail the build.]", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Baselined error", File.ReadAllText(_scratch.File("reports/gradgate.junit.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_finding_with_the_entrys_check_code_and_block_is_covered()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"), ("GG0001", "W2", "W2 is wrong"), ("GG0003", "W1", "W1 has NaN"))));
        File.WriteAllText(BaselinePath, BaselinedW1);

        var (succeeded, engine) = Report();

        Assert.False(succeeded);
        Assert.Equal(["Checks.Loss: W2 is wrong", "Checks.Loss: W1 has NaN"], engine.Errors.Select(logged => logged.Message));
    }

    [Fact]
    public void An_entry_that_matches_no_finding_is_a_warning_at_its_line_that_says_to_regenerate()
    {
        RunResultStore.Write(ResultsPath, Run(Loss()));
        File.WriteAllText(BaselinePath, BaselinedW1);

        var (succeeded, engine) = Report();

        Assert.True(succeeded);
        var stale = Assert.Single(engine.Warnings);
        Assert.Equal((DiagnosticCodes.StaleBaselineEntry, BaselinePath, 4), (stale.Code, stale.File, stale.Line));
        Assert.Equal(
            "The baseline entry for GG0001 of check Net.Checks.Loss, block W1 matches no finding of this build: it was fixed, or the check "
            + "was renamed. Regenerate the baseline with 'dotnet build -p:GradGateGenerateBaseline=true' so the entry cannot hide the "
            + "finding if it comes back.",
            stale.Message);
    }

    [Fact]
    public void An_entry_of_another_framework_or_of_a_check_that_did_not_run_is_neither_applied_nor_stale()
    {
        var skipped = new CheckResult { Id = "Net.Checks.Later", Name = "Checks.Later", Verdict = Verdict.Skipped, SkipReason = "slow" };
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong")), skipped));
        File.WriteAllText(BaselinePath, """
            {
              "schemaVersion": 1,
              "entries": [
                {"check":"Net.Checks.Later","code":"GG0006"},
                {"check":"Net.Checks.Loss","code":"GG0001","block":"W1","targetFramework":"net8.0"}
              ]
            }
            """);

        var (succeeded, engine) = Report(task => task.TargetFramework = "net10.0");

        Assert.False(succeeded);
        Assert.Equal(DiagnosticCodes.GradientMismatch, Assert.Single(engine.Diagnostics).Code);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("*Loss", null, false)]
    [InlineData(null, "2/3", false)]
    public void An_entry_of_a_check_that_no_longer_exists_is_stale_unless_a_filter_or_a_shard_may_have_left_it_out(string? filter, string? shard, bool stale)
    {
        var run = Run(Loss());
        run.Filter = filter;
        run.Shard = shard;
        RunResultStore.Write(ResultsPath, run);
        File.WriteAllText(BaselinePath, BaselinedW1.Replace("Net.Checks.Loss", "Net.Checks.Renamed"));

        var (_, engine) = Report();

        Assert.Equal(stale ? [DiagnosticCodes.StaleBaselineEntry] : [], engine.Warnings.Select(logged => logged.Code));
    }

    [Fact]
    public void A_malformed_baseline_is_a_configuration_error_naming_the_file_and_covers_nothing()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"))));
        File.WriteAllText(BaselinePath, BaselinedW1.Replace("\"code\"", "\"kode\""));

        var (succeeded, engine) = Report();

        Assert.False(succeeded);
        Assert.Equal(
            [(DiagnosticCodes.GradientMismatch, _scratch.File("Checks.cs"), 12), (DiagnosticCodes.BadConfiguration, BaselinePath, 4)],
            engine.Errors.Select(logged => (logged.Code, logged.File, logged.Line)));
        var error = engine.Errors.Last();
        Assert.StartsWith($"GradGate cannot use the baseline '{BaselinePath}': entry 1 has \"kode\"", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("No finding was baselined.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generating_writes_the_current_warnings_and_errors_and_the_same_build_passes()
    {
        var close = new CheckResult { Id = "Net.Checks.Close", Name = "Checks.Close", Verdict = Verdict.Warning };
        close.Findings.Add(new Finding { Code = "GG0002", Severity = Severity.Warning, Block = "b", Message = "nearly" });
        close.Findings.Add(new Finding { Code = "GG0008", Severity = Severity.Message, Block = "b", Message = "kink" });
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"), ("GG0003", null, "loss is NaN")), close));
        File.WriteAllText(BaselinePath, "not JSON: regenerating repairs it");

        var (succeeded, engine) = Report(task =>
        {
            task.GenerateBaseline = "True";
            task.BaselineLockFile = _scratch.File("obj/gradgate-baseline.lock");
        });

        Assert.True(succeeded);
        Assert.Empty(engine.Diagnostics);
        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "entries": [
                {"check":"Net.Checks.Close","code":"GG0002","block":"b"},
                {"check":"Net.Checks.Loss","code":"GG0001","block":"W1"},
                {"check":"Net.Checks.Loss","code":"GG0003"}
              ]
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(BaselinePath));
        Assert.Contains(engine.Messages, logged => logged.Message.StartsWith($"GradGate: wrote 3 entries to the baseline '{BaselinePath}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_baseline_that_cannot_be_written_is_a_configuration_error_and_the_findings_still_fail_the_build()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"))));
        File.WriteAllText(_scratch.File("occupied"), "a file where the baseline's folder should be");

        var (succeeded, engine) = Report(task =>
        {
            task.BaselineFile = "occupied/GradGate.baseline.json";
            task.GenerateBaseline = "True";
            task.BaselineLockFile = _scratch.File("obj/gradgate-baseline.lock");
        });

        Assert.False(succeeded);
        Assert.Equal([DiagnosticCodes.GradientMismatch, DiagnosticCodes.BadConfiguration], engine.Errors.Select(logged => logged.Code));
        var error = engine.Errors.Last();
        Assert.Equal(_scratch.File("occupied/GradGate.baseline.json"), error.File);
        Assert.StartsWith("GradGateGenerateBaseline is true, but GradGate cannot write the baseline", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("False")]
    [InlineData("True")]
    public void A_baseline_path_that_is_a_folder_is_a_configuration_error_and_baselines_nothing(string generate)
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"))));
        Directory.CreateDirectory(_scratch.File("baselines"));

        var (succeeded, engine) = Report(task =>
        {
            task.BaselineFile = "baselines";
            task.GenerateBaseline = generate;
            task.BaselineLockFile = _scratch.File("obj/gradgate-baseline.lock");
        });

        Assert.False(succeeded);
        Assert.Equal([DiagnosticCodes.GradientMismatch, DiagnosticCodes.BadConfiguration], engine.Errors.Select(logged => logged.Code));
        Assert.StartsWith("GradGateBaselineFile is 'baselines', which is a folder", engine.Errors.Last().Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_scratch.File("baselines")));
    }

    [Fact]
    public void A_GenerateBaseline_value_other_than_true_or_false_is_a_configuration_error_and_the_file_is_left_alone()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"))));
        File.WriteAllText(BaselinePath, BaselinedW1);

        var (succeeded, engine) = Report(task => task.GenerateBaseline = "maybe");

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal((DiagnosticCodes.BadConfiguration, ProjectPath), (error.Code, error.File));
        Assert.Equal("GradGateGenerateBaseline is 'maybe', but it must be true or false. Set it to one of them, or remove it (false).", error.Message);
        Assert.Equal(BaselinedW1, File.ReadAllText(BaselinePath));
        Assert.Contains(engine.Messages, logged => logged.Code == DiagnosticCodes.GradientMismatch);
    }

    [Fact]
    public void Editing_the_baseline_takes_effect_on_the_next_report_from_the_same_stored_results()
    {
        RunResultStore.Write(ResultsPath, Run(Loss(("GG0001", "W1", "W1 is wrong"))));

        var (before, _) = Report();
        File.WriteAllText(BaselinePath, BaselinedW1);
        var (after, _) = Report();

        Assert.False(before);
        Assert.True(after);
    }

    private (bool Succeeded, RecordingBuildEngine Engine) Report(Action<ReportGradientChecks>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new ReportGradientChecks
        {
            BuildEngine = engine,
            ResultsPath = ResultsPath,
            ProjectPath = ProjectPath,
            BaselineFile = "GradGate.baseline.json",
        };
        configure?.Invoke(task);
        return (task.Execute(), engine);
    }

    private CheckResult Loss(params (string Code, string? Block, string Message)[] findings) => new()
    {
        Id = "Net.Checks.Loss",
        Name = "Checks.Loss",
        ClassName = "Net.Checks",
        MethodName = "Loss",
        Verdict = findings.Length == 0 ? Verdict.Passed : Verdict.Failed,
        Source = new SourceLocation { File = _scratch.File("Checks.cs"), Line = 12, Column = 5 },
        Findings = findings.Select(finding => new Finding { Code = finding.Code, Severity = Severity.Error, Block = finding.Block, Message = finding.Message }).ToList(),
    };

    private RunResult Run(params CheckResult[] checks) => new() { ProjectPath = ProjectPath, Checks = [.. checks] };
}
