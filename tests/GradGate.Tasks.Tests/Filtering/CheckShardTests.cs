using GradGate.Gate.Configuration;
using GradGate.Gate.Filtering;

namespace GradGate.Tasks.Tests.Filtering;

/// <summary>GradGateShard: every check in exactly one shard, the same one everywhere, and adding a check moves no other.</summary>
public sealed class CheckShardTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 500).Select(index => $"Net.Layer{index % 17}.Check{index}")];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_check_is_in_exactly_one_of_n_shards_and_every_shard_gets_some(int count)
    {
        var shards = Enumerable.Range(1, count).Select(index => new CheckShard(index, count)).ToList();

        Assert.All(Ids, id => Assert.Single(shards, shard => shard.Contains(id)));
        Assert.All(shards, shard => Assert.InRange(Ids.Count(shard.Contains), Ids.Length / count / 2, Ids.Length / count * 2));
    }

    [Fact]
    public void The_assignment_depends_on_the_id_alone_so_it_is_the_same_on_every_machine_and_adding_a_check_moves_none()
    {
        // The shard is FNV-1a 64 of the id as its specification computes it, so no runtime's string hash can creep in.
        var before = Ids.Select(id => Enumerable.Range(1, 4).Single(index => new CheckShard(index, 4).Contains(id))).ToList();
        var withMore = Ids.Append("Net.New.Check").Select(id => Enumerable.Range(1, 4).Single(index => new CheckShard(index, 4).Contains(id))).Take(Ids.Length);

        Assert.Equal(before, withMore);
        Assert.Equal(ExpectedShard("Net.Checks.Loss", 4), Enumerable.Range(1, 4).Single(index => new CheckShard(index, 4).Contains("Net.Checks.Loss")));
    }

    [Theory]
    [InlineData("2/4", "2/4")]
    [InlineData(" 1 / 3 ", "1/3")]
    [InlineData("1/1", null)]
    public void A_shard_is_k_of_n_and_one_of_one_is_no_shard(string text, string? expected)
    {
        var problems = new List<ConfigurationProblem>();

        var settings = GateSettingsValidator.Validate(new RawGateSettings(null, null, null, null, null, null, text), problems);

        Assert.Empty(problems);
        Assert.Equal(expected, settings!.Shard?.ToString());
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    public void Anything_else_is_a_problem_that_says_how_to_write_a_shard(string text)
    {
        var problems = new List<ConfigurationProblem>();

        GateSettingsValidator.Validate(new RawGateSettings(null, null, null, null, null, null, text), problems);

        var problem = Assert.Single(problems);
        Assert.Equal("GradGateShard", problem.Property);
        Assert.Contains("Set it to k/n, this job's shard k of n (1 <= k <= n)", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The FNV-1a reference computation, written out from its specification, independently of the implementation.</summary>
    private static int ExpectedShard(string id, int count)
    {
        ulong hash = 0xcbf29ce484222325;
        foreach (var value in System.Text.Encoding.UTF8.GetBytes(id))
        {
            hash ^= value;
            hash *= 0x100000001b3;
        }

        return (int)(hash % (ulong)count) + 1;
    }
}
