using System.Text.Json;
using GradGate.Reports;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Reports;

/// <summary>The blocks' value samples (for the HTML report's scatter plot) as the JSON report writes them and the schema describes them.</summary>
public sealed class JsonSampleSchemaTests
{
    private static readonly Lazy<JsonSchemaSubset> Schema = new(() => JsonSchemaSubset.Load(RepositoryFiles.JsonSchema));

    [Fact]
    public void A_report_with_samples_including_non_finite_values_is_valid()
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        run.Checks.SelectMany(check => check.Blocks).First().Sample =
            [new SampledValue { FlatIndex = 0, Analytic = 2.5, Numeric = 1.25 }, new SampledValue { FlatIndex = 3, Analytic = double.NaN, Numeric = -1 }];

        var json = JsonDocument.Parse(new JsonReport().Render(run)).RootElement;

        Assert.Empty(Schema.Value.Validate(json));
        var sample = json.GetProperty("checks").EnumerateArray().SelectMany(check => check.GetProperty("blocks").EnumerateArray()).First().GetProperty("sample");
        Assert.Equal("""[{"flatIndex":0,"analytic":2.5,"numeric":1.25},{"flatIndex":3,"analytic":"NaN","numeric":-1}]""", JsonSerializer.Serialize(sample));
    }

    [Theory]
    [InlineData("""[{"flatIndex":0,"analytic":1}]""", "numeric")]
    [InlineData("""[{"flatIndex":-1,"analytic":1,"numeric":1}]""", "below 0")]
    [InlineData("""[{"flatIndex":0,"analytic":1,"numeric":1,"label":"w[0]"}]""", "label")]
    public void A_malformed_sample_is_rejected(string sample, string expectedError)
    {
        var run = SampleRuns.Create(SampleRuns.Mixed);
        var json = System.Text.Json.Nodes.JsonNode.Parse(new JsonReport().Render(run))!;
        json["checks"]![0]!["blocks"]![0]!["sample"] = System.Text.Json.Nodes.JsonNode.Parse(sample);

        var errors = Schema.Value.Validate(JsonDocument.Parse(json.ToJsonString()).RootElement);

        Assert.Contains(errors, error => error.Contains(".sample", StringComparison.Ordinal) && error.Contains(expectedError, StringComparison.Ordinal));
    }
}
