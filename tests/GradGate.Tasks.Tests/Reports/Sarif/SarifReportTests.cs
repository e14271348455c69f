using System.Text.Json;
using GradGate.Reports;
using GradGate.Reports.Sarif;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports.Sarif;

public sealed class SarifReportTests
{
    [Theory]
    [MemberData(nameof(SampleRuns.Names), MemberType = typeof(SampleRuns))]
    public void Every_report_is_valid_SARIF_2_1_0_by_the_schema_and_by_the_multitool(string sample)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("gradgate.sarif");
        File.WriteAllText(path, new SarifReport().Render(SampleRuns.Create(sample)));

        Assert.Empty(SarifTools.SchemaErrors(path));
        Assert.Empty(SarifTools.MultitoolErrors(path));
    }

    [Fact]
    public void Each_finding_is_a_result_with_its_rule_and_level_at_its_check_line_relative_to_the_repository_root()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        using var sarif = Render(run);
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        var expected = run.RunFindings.Select(finding => (finding.Code, Level(finding.Severity)))
            .Concat(run.Checks.SelectMany(check => check.Findings.Select(finding => (finding.Code, Level(finding.Severity)))))
            .ToList();
        Assert.Equal(expected, results.Select(result => (result.GetProperty("ruleId").GetString()!, result.GetProperty("level").GetString()!)));
        Assert.All(results, result => Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));

        var mismatch = results.Single(result => result.GetProperty("ruleId").GetString() == DiagnosticCodes.GradientMismatch);
        var location = mismatch.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("MyChecks/BrokenMlp.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(SarifReport.RootBaseId, location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(42, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.StartsWith("BrokenMlp.Loss: relative error 4.10e-01 on W1", mismatch.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("MyChecks.BrokenMlp.Loss", mismatch.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.True(sarifRun.GetProperty("originalUriBaseIds").GetProperty(SarifReport.RootBaseId).GetProperty("description").GetProperty("text").GetString()!.Length > 0);

        // The run's own finding (a GG0012 warning) points at the project file; the invocation succeeded, since the checks ran.
        var runFinding = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("MyChecks/MyChecks.csproj", runFinding.GetProperty("uri").GetString());
        Assert.True(sarifRun.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void A_passed_check_has_no_result_a_warned_one_a_warning_and_a_skipped_one_a_note_with_its_reason()
    {
        using var sarif = Render(SampleRuns.Create(SampleRuns.Mixed));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.DoesNotContain(results, result => CheckId(result) == "MyChecks.Mlp.Loss");
        Assert.Equal("warning", Assert.Single(results, result => CheckId(result) == "MyChecks.Sigmoid.Operator").GetProperty("level").GetString());
        var skip = Assert.Single(results, result => CheckId(result) == "MyChecks.Slow.Skipped");
        Assert.Equal(("GG0017", "note", "notApplicable"), (skip.GetProperty("ruleId").GetString(), skip.GetProperty("level").GetString(), skip.GetProperty("kind").GetString()));
        Assert.Contains("Too slow for every build", skip.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_skipped_check_without_a_finding_still_gets_a_note_with_its_reason()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var skipped = run.Checks.Single(check => check.Verdict == Verdict.Skipped);
        skipped.Findings.Clear();

        using var sarif = Render(run);

        var skip = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), result => CheckId(result) == skipped.Id);
        Assert.Equal("Slow.Skipped: skipped (Too slow for every build; run with GradGateFilter.).", skip.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_run_that_could_not_check_anything_is_an_unsuccessful_invocation_with_its_error()
    {
        using var sarif = Render(SampleRuns.Create(SampleRuns.RuntimeUnavailable));
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var invocation = sarifRun.GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(DiagnosticCodes.RuntimeUnavailable, invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("descriptor").GetProperty("id").GetString());
        var result = Assert.Single(sarifRun.GetProperty("results").EnumerateArray());
        Assert.Equal(("GG0016", "error"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString()));
    }

    [Fact]
    public void Fingerprints_stay_when_the_line_and_the_figures_change_and_tell_every_result_apart()
    {
        var before = SampleRuns.Create(SampleRuns.Mixed);
        var after = SampleRuns.Create(SampleRuns.Mixed);
        foreach (var check in after.Checks)
        {
            check.Source!.Line += 7;
            check.Findings.ForEach(finding => finding.Message = finding.Message.Replace("4.10e-01", "3.95e-01"));
        }

        var first = Fingerprints(before);
        var second = Fingerprints(after);

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, fingerprint => Assert.Matches("^[0-9a-f]{32}$", fingerprint));
    }

    [Fact]
    public void Two_findings_of_one_code_on_one_block_of_a_check_are_two_alerts()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var broken = run.Checks.Single(check => check.Id == "MyChecks.BrokenMlp.Loss");
        broken.Findings.Add(new Finding { Code = DiagnosticCodes.GradientMismatch, Severity = Severity.Error, Message = "BrokenMlp.Loss: Jacobian dY/dW1 is wrong.", Block = "W1" });

        var fingerprints = Fingerprints(run);

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Text_that_could_reorder_or_colour_an_alert_is_shown_as_escapes_and_line_breaks_are_kept()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        run.Checks.Single(check => check.Id == "MyChecks.BrokenMlp.Loss").Findings[0].Message = "BrokenMlp.Loss: evil\u202Eexe.cs \u001b[31mred\u001b[0m\r\nsecond line \ud800";

        using var sarif = Render(run);

        var message = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(result => result.GetProperty("ruleId").GetString() == DiagnosticCodes.GradientMismatch)
            .GetProperty("message").GetProperty("text").GetString();
        Assert.Equal("BrokenMlp.Loss: evil\\u202Eexe.cs \\u001B[31mred\\u001B[0m\nsecond line \uFFFD", message);
    }

    [Theory]
    [InlineData("src/Prüfungen & Co/Checks <1>.cs", "src/Pr%C3%BCfungen%20%26%20Co/Checks%20%3C1%3E.cs", true)]
    [InlineData("../generated/Checks.g.cs", "../generated/Checks.g.cs", true)]
    [InlineData("D:/elsewhere/Checks.cs", "file:///D:/elsewhere/Checks.cs", false)]
    [InlineData("//server/share/Checks.cs", "file://server/share/Checks.cs", false)]
    public void A_report_path_becomes_a_uri_relative_to_the_root_unless_it_has_no_relative_form(string path, string uri, bool relative)
    {
        var artifact = ArtifactUri.Of(path);

        Assert.Equal((uri, relative), (artifact.Uri, artifact.IsRelative));
        Assert.True(Uri.TryCreate(artifact.Uri, relative ? UriKind.Relative : UriKind.Absolute, out _));
    }

    [Fact]
    public void The_tool_names_itself_and_lists_every_code_as_a_rule_with_its_help()
    {
        using var sarif = Render(SampleRuns.Create(SampleRuns.NoTargets));
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");

        Assert.Equal(("GradGate", "0.1.0"), (driver.GetProperty("name").GetString(), driver.GetProperty("version").GetString()));
        Assert.Equal(DiagnosticRules.All.Select(rule => rule.Code), driver.GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()));
        var mismatch = driver.GetProperty("rules")[0];
        Assert.Equal("Analytic and numeric gradients disagree above the error threshold.", mismatch.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("Fix the backward pass of the named block", mismatch.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal("error", mismatch.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("gradgate/MyChecks/net10.0/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.Equal(ReportFormats.Sarif, ReportFormats.Find("SARIF")!.FormatName);
    }

    [Fact]
    public void Each_shard_of_a_sharded_run_is_a_category_of_its_own()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        run.Shard = "2/4";

        using var sarif = Render(run);

        Assert.Equal("gradgate/MyChecks/net10.0/shard-2-of-4/", sarif.RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());
    }

    private static JsonDocument Render(RunResult run) => JsonDocument.Parse(new SarifReport().Render(run));

    private static List<string> Fingerprints(RunResult run)
    {
        using var sarif = Render(run);
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("partialFingerprints").GetProperty(SarifFingerprint.Key).GetString()!)
            .ToList();
    }

    private static string? CheckId(JsonElement result)
        => result.TryGetProperty("properties", out var properties) ? properties.GetProperty("checkId").GetString() : null;

    private static string Level(Severity severity) => severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
