using GradGate.Gate.Baseline;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Baseline;

public sealed class BaselineFileTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string BaselinePath => _scratch.File("GradGate.baseline.json");

    [Fact]
    public void Renders_a_schema_version_then_one_sorted_entry_a_line_without_duplicates()
    {
        var text = BaselineFile.Render(
        [
            new BaselineEntry("N.Ops.Softmax", "GG0003", null, "net8.0"),
            new BaselineEntry("N.Net.Loss", "GG0002", "b1", null),
            new BaselineEntry("N.Net.Loss", "GG0001", "W1", null),
            new BaselineEntry("N.Net.Loss", "GG0001", "W1", null),
            new BaselineEntry("N.Net.Loss", "GG0001", "B2", null),
            new BaselineEntry("N.Fam.Check[\"a\" & <b>]", "GG0009", null, null),
        ]);

        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "entries": [
                {"check":"N.Fam.Check[\"a\" & <b>]","code":"GG0009"},
                {"check":"N.Net.Loss","code":"GG0001","block":"B2"},
                {"check":"N.Net.Loss","code":"GG0001","block":"W1"},
                {"check":"N.Net.Loss","code":"GG0002","block":"b1"},
                {"check":"N.Ops.Softmax","code":"GG0003","targetFramework":"net8.0"}
              ]
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Renders_no_entries_as_an_empty_list()
        => Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"entries\": []\n}\n", BaselineFile.Render([]));

    [Fact]
    public void Reads_back_what_it_renders_with_the_line_of_each_entry()
    {
        BaselineEntry[] entries = [new("N.A.One", "GG0001", "W1", null), new("N.B.Two", "GG0006", null, "net10.0")];
        File.WriteAllText(BaselinePath, BaselineFile.Render(entries));

        var read = BaselineFile.Read(BaselinePath, out var problem);

        Assert.Null(problem);
        Assert.Equal([new LocatedEntry(entries[0], 4), new LocatedEntry(entries[1], 5)], read);
    }

    [Fact]
    public void A_missing_file_has_no_entries()
    {
        var read = BaselineFile.Read(BaselinePath, out var problem);

        Assert.Null(problem);
        Assert.Empty(read!);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1,\n \"entries\": [ {", 2, "it is not valid JSON")]
    [InlineData("[]", 1, "it must be one JSON object")]
    [InlineData("{ \"schemaVersion\": 2, \"entries\": [] }", 0, "\"schemaVersion\" must be 1")]
    [InlineData("{ \"schemaVersion\": 1 }", 0, "\"entries\" must be an array")]
    [InlineData("{ \"schemaVersion\": 1,\n \"entries\": [\n {\"check\":\"N.A.B\",\"code\":\"GG0001\"},\n {\"code\":\"GG0001\"}\n] }", 4, "entry 2 has no \"check\"")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ {\"check\":\"N.A.B\",\"code\":\"E42\"} ] }", 1, "entry 1 has \"code\" 'E42', but it must be a GradGate code")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ {\"check\":\"N.A.B\",\"code\":\"GG0001\",\"blok\":\"W1\"} ] }", 1, "entry 1 has \"blok\", which is not one of")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ {\"check\":\"N.A.B\",\"code\":\"GG0001\",\"block\":3} ] }", 1, "entry 1 has a \"block\" that is not a string")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ {\"check\":\"N.A.B\",\"code\":\"GG0001\",\"targetFramework\":\"\"} ] }", 1, "has a \"targetFramework\" that is not a framework name")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ \"N.A.B GG0001\" ] }", 1, "entry 1 must be an object")]
    public void A_malformed_file_says_what_is_wrong_and_where(string content, int line, string expected)
    {
        File.WriteAllText(BaselinePath, content);

        var read = BaselineFile.Read(BaselinePath, out var problem);

        Assert.Null(read);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
