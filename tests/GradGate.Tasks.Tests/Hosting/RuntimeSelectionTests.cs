using GradGate.Gate.Hosting;

namespace GradGate.Tasks.Tests.Hosting;

public sealed class RuntimeSelectionTests
{
    [Fact]
    public void The_targets_own_major_version_runs_it_without_roll_forward_or_message()
    {
        var choice = RuntimeSelection.Choose(Net(10), "MyChecks", Installed("8.0.11", "10.0.12"));

        Assert.Equal(RuntimeChoiceKind.Exact, choice.Kind);
        Assert.Equal(new Version(10, 0), choice.RequestedVersion);
        Assert.Null(choice.RollForward);
        Assert.Null(choice.Message);
    }

    [Fact]
    public void A_missing_major_with_a_newer_one_installed_rolls_forward_to_the_latest_and_says_so()
    {
        var choice = RuntimeSelection.Choose(Net(8), "MyChecks", Installed("9.0.3", "10.0.12"));

        Assert.Equal(RuntimeChoiceKind.RollForward, choice.Kind);
        Assert.Equal(new Version(8, 0), choice.RequestedVersion);
        Assert.Equal("LatestMajor", choice.RollForward);
        Assert.Contains("MyChecks targets net8.0", choice.Message, StringComparison.Ordinal);
        Assert.Contains(".NET 10.0.12", choice.Message, StringComparison.Ordinal);
        Assert.Contains("Install the .NET 8 runtime", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_older_than_the_runner_asks_for_8_0_and_says_why()
    {
        var choice = RuntimeSelection.Choose(Net(6), "OldChecks", Installed("6.0.36", "8.0.11"));

        Assert.Equal(RuntimeChoiceKind.Exact, choice.Kind);
        Assert.Equal(new Version(8, 0), choice.RequestedVersion);
        Assert.Null(choice.RollForward);
        Assert.Contains("OldChecks targets net6.0", choice.Message, StringComparison.Ordinal);
        Assert.Contains(".NET 8.0 or later", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_older_than_the_runner_rolls_forward_past_8_when_only_a_later_major_is_installed()
    {
        var choice = RuntimeSelection.Choose(Net(6), "OldChecks", Installed("6.0.36", "10.0.12"));

        Assert.Equal(RuntimeChoiceKind.RollForward, choice.Kind);
        Assert.Equal(new Version(8, 0), choice.RequestedVersion);
        Assert.Equal("LatestMajor", choice.RollForward);
    }

    [Fact]
    public void A_minor_version_below_the_target_does_not_count_as_installed()
    {
        var choice = RuntimeSelection.Choose(Net(9, 1), "MyChecks", Installed("9.0.3"));

        Assert.Equal(RuntimeChoiceKind.Unavailable, choice.Kind);
    }

    [Fact]
    public void Only_older_runtimes_installed_means_none_can_run_it_listing_what_is_there()
    {
        var choice = RuntimeSelection.Choose(Net(11), "MyChecks", Installed("10.0.12", "8.0.11"));

        Assert.Equal(RuntimeChoiceKind.Unavailable, choice.Kind);
        Assert.Contains("net11.0", choice.Message, StringComparison.Ordinal);
        Assert.Contains("installed: 8.0.11, 10.0.12", choice.Message, StringComparison.Ordinal);
        Assert.Contains("Install the .NET 11 runtime", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_runtime_at_all_is_unavailable()
        => Assert.Contains("installed: none", RuntimeSelection.Choose(Net(10), "MyChecks", Installed()).Message, StringComparison.Ordinal);

    [Fact]
    public void A_netstandard_target_cannot_be_executed_and_the_message_says_what_to_target()
    {
        var target = new FrameworkTarget(FrameworkTarget.NetStandardIdentifier, new Version(2, 0), "netstandard2.0");

        var choice = RuntimeSelection.Choose(target, "MyLib", Installed("10.0.12"));

        Assert.Equal(RuntimeChoiceKind.Unavailable, choice.Kind);
        Assert.Contains("MyLib targets netstandard2.0", choice.Message, StringComparison.Ordinal);
        Assert.Contains("no runtime can run this target framework", choice.Message, StringComparison.Ordinal);
        Assert.Contains("net8.0", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net_framework_target_is_unavailable_too()
    {
        var target = new FrameworkTarget(".NETFramework", new Version(4, 8), "net48");

        Assert.Equal(RuntimeChoiceKind.Unavailable, RuntimeSelection.Choose(target, "Legacy", Installed("10.0.12")).Kind);
    }

    [Fact]
    public void Unknown_installed_runtimes_leave_the_choice_to_the_host_with_major_roll_forward()
    {
        var choice = RuntimeSelection.Choose(Net(10), "MyChecks", installed: null);

        Assert.Equal(RuntimeChoiceKind.HostDecides, choice.Kind);
        Assert.Equal("Major", choice.RollForward);
        Assert.Null(choice.Message);
    }

    private static FrameworkTarget Net(int major, int minor = 0)
        => new(FrameworkTarget.NetCoreIdentifier, new Version(major, minor), $"net{major}.{minor}");

    private static List<Version> Installed(params string[] versions) => versions.Select(Version.Parse).ToList();
}
