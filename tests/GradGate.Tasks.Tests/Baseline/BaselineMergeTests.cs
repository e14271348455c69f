using GradGate.Gate.Baseline;

namespace GradGate.Tasks.Tests.Baseline;

public sealed class BaselineMergeTests
{
    private static readonly BaselineEntry Shared = new("N.Net.Loss", "GG0001", "W1", null);
    private static readonly BaselineEntry OnlyOld = new("N.Ops.Softmax", "GG0003", null, null);
    private static readonly string[] Frameworks = ["net8.0", "net10.0"];

    [Fact]
    public void A_single_framework_writes_its_findings_without_a_framework()
        => Assert.Equal([Shared], BaselineMerge.Merge([OnlyOld.For("net8.0")], [Shared], "net10.0", ["net10.0"]));

    [Fact]
    public void Findings_of_every_framework_are_written_once_and_the_others_per_framework_whichever_build_finishes_first()
    {
        IReadOnlyList<BaselineEntry> expected = [Shared, OnlyOld.For("net8.0")];

        var net8First = BaselineMerge.Merge(
            BaselineMerge.Merge([], [Shared, OnlyOld], "net8.0", Frameworks),
            [Shared],
            "net10.0",
            Frameworks);
        var net10First = BaselineMerge.Merge(
            BaselineMerge.Merge([], [Shared], "net10.0", Frameworks),
            [Shared, OnlyOld],
            "net8.0",
            Frameworks);

        Assert.Equal(expected.OrderBy(entry => entry, BaselineEntry.FileOrder), net8First.OrderBy(entry => entry, BaselineEntry.FileOrder));
        Assert.Equal(expected.OrderBy(entry => entry, BaselineEntry.FileOrder), net10First.OrderBy(entry => entry, BaselineEntry.FileOrder));
    }

    [Fact]
    public void Regenerating_one_framework_keeps_the_others_findings_and_drops_frameworks_no_longer_checked()
    {
        BaselineEntry[] existing = [Shared, OnlyOld.For("net8.0"), new("N.Old.Check", "GG0004", null, "net6.0")];

        var merged = BaselineMerge.Merge(existing, [], "net10.0", Frameworks);

        Assert.Equal([Shared.For("net8.0"), OnlyOld.For("net8.0")], merged.OrderBy(entry => entry, BaselineEntry.FileOrder));
    }
}
