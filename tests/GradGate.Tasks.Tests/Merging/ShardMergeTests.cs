using GradGate.Gate.Merging;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Merging;

/// <summary>The shards of a job matrix merged into the run an unsharded build reports, and the mistakes a merge job can make.</summary>
public sealed class ShardMergeTests
{
    [Fact]
    public void The_shards_become_one_run_with_every_check_once_in_declaration_order_and_the_longest_duration()
    {
        var first = Shard("1/2", 4.0, Check("C", line: 30), Check("A", line: 10));
        var second = Shard("2/2", 6.5, Check("B", line: 20));
        second.StartedAtUtc = first.StartedAtUtc.AddSeconds(-3);
        first.RunFindings.Add(new Finding { Code = "GG0020", Severity = Severity.Warning, Message = "the runtime rolled forward" });
        second.RunFindings.Add(new Finding { Code = "GG0020", Severity = Severity.Warning, Message = "the runtime rolled forward" });

        var merged = ShardMerge.Merge([first, second]);

        Assert.Equal(["Net.Checks.A", "Net.Checks.B", "Net.Checks.C"], merged.Checks.Select(check => check.Id));
        Assert.Null(merged.Shard);
        Assert.Equal(6.5, merged.DurationSeconds);
        Assert.Equal(second.StartedAtUtc, merged.StartedAtUtc);
        Assert.Equal("GG0020", Assert.Single(merged.RunFindings).Code);
    }

    [Theory]
    [InlineData(new[] { "1/3", "3/3" }, "The report of shard 2/3 is missing")]
    [InlineData(new[] { "1/2", "1/2", "2/2" }, "Shard 1/2 is given more than once")]
    [InlineData(new[] { "1/2", "2/3" }, "different numbers of shards")]
    public void A_missing_repeated_or_foreign_shard_is_a_GG0012_error_in_the_merged_run(string[] shards, string message)
    {
        var merged = ShardMerge.Merge([.. shards.Select((shard, index) => Shard(shard, 1, Check($"C{index}", line: index + 1)))]);

        var error = Assert.Single(merged.RunFindings);
        Assert.Equal((DiagnosticCodes.BadConfiguration, Severity.Error), (error.Code, error.Severity));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_of_other_projects_are_not_merged_silently()
    {
        var other = Shard("2/2", 1, Check("B", line: 2));
        other.AssemblyName = "Other";

        var merged = ShardMerge.Merge([Shard("1/2", 1, Check("A", line: 1)), other]);

        Assert.Contains("different projects or frameworks (Net (net10.0), Other (net10.0))", Assert.Single(merged.RunFindings).Message, StringComparison.Ordinal);
    }

    private static RunResult Shard(string shard, double seconds, params CheckResult[] checks) => new()
    {
        AssemblyName = "Net",
        TargetFramework = "net10.0",
        ProjectPath = "src/Net/Net.csproj",
        StartedAtUtc = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc),
        DurationSeconds = seconds,
        Shard = shard,
        Checks = [.. checks],
    };

    private static CheckResult Check(string method, int line) => new()
    {
        Id = "Net.Checks." + method,
        Name = "Checks." + method,
        Verdict = Verdict.Passed,
        Source = new SourceLocation { File = "src/Net/Checks.cs", Line = line, Column = 5 },
    };
}
