using GradGate.Gate.Discovery;
using GradGate.Gate.Running;
using GradGate.Reports;
using GradGate.Results;
using GradGate.Tasks.Tests.Reports;

namespace GradGate.Tasks.Tests.Running;

public sealed class SyntheticResultsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_check_skipped_with_an_empty_reason_still_says_why_and_its_report_matches_the_schema(string skip)
    {
        var check = new DiscoveredCheck("MyChecks.Slow.Loss", "MyChecks.Slow", "Loss", "Slow.Loss", skip, new SourceLocation { File = "Slow.cs", Line = 9, Column = 5 });

        var result = SyntheticResults.Skipped(check);

        Assert.Equal((Verdict.Skipped, SyntheticResults.NoSkipReason), (result.Verdict, result.SkipReason));
        var run = new RunResult { ToolVersion = "0.1.0", StartedAtUtc = SampleRuns.StartedAtUtc, AssemblyName = "MyChecks", ProjectPath = "MyChecks.csproj", Checks = [result] };
        Assert.Empty(JsonSchemaValidator.Load(RepositoryFiles.JsonSchema).Validate(new JsonReport().Render(run)));
    }

    [Fact]
    public void A_check_skipped_with_a_reason_keeps_it()
    {
        var check = new DiscoveredCheck("MyChecks.Slow.Loss", "MyChecks.Slow", "Loss", "Slow.Loss", "Too slow", null);

        Assert.Equal("Too slow", SyntheticResults.Skipped(check).SkipReason);
    }
}
