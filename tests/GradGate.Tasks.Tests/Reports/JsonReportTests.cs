using System.Text.Json;
using System.Text.Json.Nodes;
using GradGate.Results;
using GradGate.Reports;

namespace GradGate.Tasks.Tests.Reports;

public sealed class JsonReportTests
{
    private static readonly Lazy<JsonSchemaValidator> Schema = new(() => JsonSchemaValidator.Load(RepositoryFiles.JsonSchema));

    [Theory]
    [MemberData(nameof(SampleRuns.Names), MemberType = typeof(SampleRuns))]
    public void Every_report_is_valid_against_the_shipped_schema(string sample)
    {
        var json = new JsonReport().Render(SampleRuns.Create(sample));

        Assert.Empty(Schema.Value.Validate(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void The_report_reads_back_as_the_run_that_produced_it()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);

        var read = ResultJson.Deserialize<RunResult>(new JsonReport().Render(run))!;

        Assert.Equal(run.SchemaVersion, read.SchemaVersion);
        Assert.Equal(run.StartedAtUtc, read.StartedAtUtc);
        Assert.Equal(run.Checks.Select(check => (check.Id, check.Verdict)), read.Checks.Select(check => (check.Id, check.Verdict)));
        Assert.Equal(run.Checks.Select(check => check.RelativeError), read.Checks.Select(check => check.RelativeError));
        Assert.Equal(Codes(run.Checks), Codes(read.Checks));
        Assert.Equal(run.Checks.Select(check => check.Source!.Line), read.Checks.Select(check => check.Source!.Line));
        Assert.Equal(run.RunFindings.Single().Code, read.RunFindings.Single().Code);

        var broken = read.Checks.Single(check => check.Name == "BrokenMlp.Loss");
        Assert.Equal("MyChecks/BrokenMlp.cs", broken.Source!.File);
        Assert.Equal(0.12345678901234, broken.Blocks[0].Worst[0].Analytic);
        Assert.Equal([1, 2], broken.Blocks[0].Worst[0].Index);
        var overflow = read.Checks.Single(check => check.Name == "Softmax.Overflow");
        Assert.True(double.IsNaN(overflow.RelativeError!.Value));
        Assert.Equal(double.NegativeInfinity, overflow.Blocks[0].NumericNorm);
    }

    [Fact]
    public void The_schema_declares_the_version_the_model_writes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.JsonSchema));
        var version = new RunResult().SchemaVersion;

        Assert.Equal(version, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32());
        Assert.EndsWith($":{version}", schema.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.checks[0].verdict", "\"bogus\"", "enum:")]
    [InlineData("$.checks[2].findings[0].code", "\"GG001\"", "pattern:")]
    [InlineData("$.runFindings[0].severity", "\"fatal\"", "enum:")]
    [InlineData("$.checks[0].settings.dType", "\"float16\"", "enum:")]
    [InlineData("$.checks[0].kind", "\"gradient\"", "enum:")]
    [InlineData("$.checks[0].relativeError", "\"nan\"", "enum:")] // neither a number nor one of the named non-finite strings
    [InlineData("$.checks[0].evaluations", "2.5", "type:")]
    [InlineData("$.checks[0].durationSeconds", "-1", "minimum:")]
    [InlineData("$.checks[0].source.line", "0", "minimum:")]
    [InlineData("$.schemaVersion", "2", "const:")]
    [InlineData("$.startedAtUtc", "\"2025-03-14 15:09:26\"", "pattern:")]
    [InlineData("$.checks[2].blocks[0].pattern.kind", "\"guess\"", "enum:")]
    [InlineData("$.checks[2].blocks[0].judgedBy", "\"eyeballed\"", "enum:")]
    [InlineData("$.checks[2].blocks[0].pattern.description", "\"\"", "minLength:")]
    public void The_schema_rejects_a_wrong_value(string path, string value, string failedKeyword)
    {
        var document = MixedReport();
        Replace(document, path, JsonNode.Parse(value));

        var errors = Errors(document);
        Assert.True(errors.Any(error => error.StartsWith($"{path}: {failedKeyword}", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [Theory]
    [InlineData("$.checks[2]", "verdict")]
    [InlineData("$.checks[2].blocks[0]", "worst")]
    [InlineData("$.checks[2].blocks[0].worst[0]", "numeric")]
    [InlineData("$.checks[2].findings[0]", "code")]
    [InlineData("$.checks[2].blocks[0].pattern", "kind")]
    [InlineData("$", "toolVersion")]
    public void The_schema_rejects_a_missing_field_that_is_always_written(string path, string field)
    {
        var document = MixedReport();
        ((JsonObject)Find(document, path)).Remove(field);

        var errors = Errors(document);
        Assert.True(errors.Any(error => error.StartsWith($"{path}: required: ", StringComparison.Ordinal) && error.Contains($"\"{field}\"", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [Theory]
    [InlineData("$.checks[2].blocks[0]", "relativeError")]
    [InlineData("$.checks[2].blocks[0]", "pattern")]
    [InlineData("$.checks[2].blocks[0]", "numericNorm")]
    [InlineData("$.checks[2]", "source")]
    [InlineData("$", "targetFramework")]
    public void The_schema_accepts_a_missing_field_the_model_leaves_out_when_null(string path, string field)
    {
        var document = MixedReport();
        ((JsonObject)Find(document, path)).Remove(field);

        Assert.Empty(Errors(document));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.settings")]
    [InlineData("$.checks[2].settings")]
    [InlineData("$.checks[2].blocks[0].worst[0]")]
    public void The_schema_rejects_a_field_it_does_not_declare(string path)
    {
        var document = MixedReport();
        ((JsonObject)Find(document, path))["relativeErorr"] = 1;

        var errors = Errors(document);
        Assert.True(errors.Any(error => error.StartsWith($"{path}.relativeErorr: ", StringComparison.Ordinal) && error.Contains("additionalProperties", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    /// <summary>The sample's checks: 0 passed, 1 warning, 2 and 3 failed, 4 to 6 error, 7 skipped.</summary>
    [Theory]
    [InlineData("a failed check with no finding", "$.checks[2].findings", "contains")]
    [InlineData("a failed check with only a warning", "$.checks[2].findings", "contains")]
    [InlineData("a check that could not be checked with no error", "$.checks[4].findings", "contains")]
    [InlineData("a passed check with an error finding", "$.checks[0].findings", "not")]
    [InlineData("a warned check with no warning", "$.checks[1].findings", "contains")]
    [InlineData("a warned check with an error finding", "$.checks[1].findings", "not")]
    [InlineData("a skipped check without a reason", "$.checks[7]", "required")]
    [InlineData("a skipped check with an empty reason", "$.checks[7].skipReason", "minLength")]
    [InlineData("an empty name", "$.checks[0].name", "minLength")]
    [InlineData("an empty method name", "$.checks[0].methodName", "minLength")]
    [InlineData("a judged check without a kind", "$.checks[2]", "required")]
    [InlineData("a source without a file", "$.checks[2].source", "required")]
    [InlineData("an absolute Unix source path", "$.checks[2].source.file", "not")]
    [InlineData("an absolute Windows source path", "$.checks[2].source.file", "not")]
    [InlineData("a source path on a Windows share", "$.checks[2].source.file", "not")]
    [InlineData("an absolute project path", "$.projectPath", "not")]
    public void The_schema_rejects_a_report_that_contradicts_itself(string contradiction, string path, string failedKeyword)
    {
        var document = MixedReport();
        Contradictions[contradiction](document);

        var errors = Errors(document);

        Assert.True(errors.Any(error => error.StartsWith($"{path}: {failedKeyword}: ", StringComparison.Ordinal)), $"{contradiction}:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void A_check_that_could_not_be_built_was_invalid_or_was_skipped_may_lack_a_kind_and_any_check_a_source()
    {
        var document = MixedReport();
        foreach (var index in new[] { 4, 7 })
        {
            ((JsonObject)Find(document, $"$.checks[{index}]")).Remove("kind");
        }

        ((JsonObject)Find(document, "$.checks[2]")).Remove("source"); // an assembly without a portable PDB has no source lines
        var invalidTarget = (JsonObject)Find(document, "$.checks[3]"); // failed: its [GradCheck] method returned no valid target
        invalidTarget.Remove("kind");
        invalidTarget["findings"] = new JsonArray(new JsonObject { ["code"] = "GG0014", ["severity"] = "error", ["message"] = "Softmax.Overflow returned null." });

        Assert.Empty(Errors(document));
    }

    private static readonly Dictionary<string, Action<JsonNode>> Contradictions = new()
    {
        ["a failed check with no finding"] = document => document["checks"]![2]!["findings"] = new JsonArray(),
        ["a failed check with only a warning"] = document => ((JsonArray)document["checks"]![2]!["findings"]!).RemoveAt(0),
        ["a check that could not be checked with no error"] = document => document["checks"]![4]!["findings"] = new JsonArray(),
        ["a passed check with an error finding"] = document => document["checks"]![0]!["findings"] = new JsonArray(ErrorFinding()),
        ["a warned check with no warning"] = document => document["checks"]![1]!["findings"] = new JsonArray(),
        ["a warned check with an error finding"] = document => ((JsonArray)document["checks"]![1]!["findings"]!).Add(ErrorFinding()),
        ["a skipped check without a reason"] = document => ((JsonObject)document["checks"]![7]!).Remove("skipReason"),
        ["a skipped check with an empty reason"] = document => document["checks"]![7]!["skipReason"] = "",
        ["an empty name"] = document => document["checks"]![0]!["name"] = "",
        ["an empty method name"] = document => document["checks"]![0]!["methodName"] = "",
        ["a judged check without a kind"] = document => ((JsonObject)document["checks"]![2]!).Remove("kind"),
        ["a source without a file"] = document => ((JsonObject)document["checks"]![2]!["source"]!).Remove("file"),
        ["an absolute Unix source path"] = document => document["checks"]![2]!["source"]!["file"] = "/home/runner/work/app/MyChecks/BrokenMlp.cs",
        ["an absolute Windows source path"] = document => document["checks"]![2]!["source"]!["file"] = @"C:\src\app\MyChecks\BrokenMlp.cs",
        ["a source path on a Windows share"] = document => document["checks"]![2]!["source"]!["file"] = @"\\server\share\MyChecks\BrokenMlp.cs",
        ["an absolute project path"] = document => document["projectPath"] = "/home/runner/work/app/MyChecks/MyChecks.csproj",
    };

    private static JsonObject ErrorFinding() => new() { ["code"] = "GG0001", ["severity"] = "error", ["message"] = "Gradient of W1 is wrong." };

    [Fact]
    public void The_schema_takes_non_finite_figures_as_the_strings_the_serializer_writes()
    {
        var json = new JsonReport().Render(SampleRuns.Create(SampleRuns.Mixed));

        Assert.Contains("\"relativeError\": \"NaN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"analyticNorm\": \"Infinity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"numericNorm\": \"-Infinity\"", json, StringComparison.Ordinal);
        Assert.Empty(Schema.Value.Validate(JsonDocument.Parse(json).RootElement));
    }

    private static IEnumerable<string> Codes(IEnumerable<CheckResult> checks)
        => checks.SelectMany(check => check.Findings.Select(finding => $"{check.Id}:{finding.Code}:{finding.Severity}"));

    private static JsonNode MixedReport() => JsonNode.Parse(new JsonReport().Render(SampleRuns.Create(SampleRuns.Mixed)))!;

    private static List<string> Errors(JsonNode document)
        => [.. Schema.Value.Validate(JsonDocument.Parse(document.ToJsonString()).RootElement)];

    /// <summary>Follows a path of the form the validator reports: <c>$.checks[2].blocks[0]</c>.</summary>
    private static JsonNode Find(JsonNode document, string path)
    {
        var node = document;
        foreach (var step in path.Split('.').Skip(1))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = node[bracket < 0 ? step : step[..bracket]]!;
            if (bracket >= 0)
            {
                node = node[int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
            }
        }

        return node;
    }

    private static void Replace(JsonNode document, string path, JsonNode? value)
    {
        var lastDot = path.LastIndexOf('.');
        ((JsonObject)Find(document, path[..lastDot]))[path[(lastDot + 1)..]] = value;
    }
}
