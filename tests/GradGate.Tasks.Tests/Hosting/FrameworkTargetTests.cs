using GradGate.Gate.Hosting;

namespace GradGate.Tasks.Tests.Hosting;

public sealed class FrameworkTargetTests
{
    [Fact]
    public void The_build_properties_win_over_the_assemblys_attribute()
    {
        var target = FrameworkTarget.Resolve(".NETCoreApp", "v9.0", "net9.0", ".NETCoreApp,Version=v10.0");

        Assert.Equal(new FrameworkTarget(".NETCoreApp", new Version(9, 0), "net9.0"), target);
    }

    [Fact]
    public void Without_build_properties_the_assemblys_attribute_tells()
    {
        var target = FrameworkTarget.Resolve(null, "", null, ".NETCoreApp,Version=v10.0");

        Assert.Equal(new FrameworkTarget(".NETCoreApp", new Version(10, 0), "net10.0"), target);
    }

    [Fact]
    public void A_netstandard_moniker_keeps_its_identifier()
    {
        var target = FrameworkTarget.Resolve(null, null, null, ".NETStandard,Version=v2.0");

        Assert.Equal(FrameworkTarget.NetStandardIdentifier, target!.Identifier);
        Assert.Equal(new Version(2, 0), target.Version);
    }

    [Fact]
    public void A_bare_major_version_reads_as_major_dot_zero()
        => Assert.Equal(new Version(10, 0), FrameworkTarget.Resolve(".NETCoreApp", "v10", null, null)!.Version);

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(".NETCoreApp", null, null)]
    [InlineData(".NETCoreApp", "vten", null)]
    [InlineData(null, null, "garbage")]
    public void Nothing_usable_gives_no_target(string? identifier, string? version, string? moniker)
        => Assert.Null(FrameworkTarget.Resolve(identifier, version, null, moniker));
}
