using GradGate.Gate.Discovery;

namespace GradGate.Tasks.Tests.Discovery;

public sealed class SourcePathMapTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo")) + Path.DirectorySeparatorChar;
    private static readonly string Submodule = Path.Combine(Repository, "external", "lib") + Path.DirectorySeparatorChar;

    private readonly SourcePathMap _map = new([new SourceRoot(Repository, "/_/"), new SourceRoot(Submodule, "/_1/")]);

    [Fact]
    public void A_deterministic_path_becomes_the_local_file()
        => Assert.Equal(Path.Combine(Repository, "src", "Checks.cs"), _map.ToLocal("/_/src/Checks.cs"));

    [Fact]
    public void Each_root_maps_its_own_prefix()
        => Assert.Equal(Path.Combine(Submodule, "Ops.cs"), _map.ToLocal("/_1/Ops.cs"));

    [Fact]
    public void A_path_under_no_mapped_root_is_kept()
        => Assert.Equal("/home/me/src/Checks.cs", _map.ToLocal("/home/me/src/Checks.cs"));

    [Fact]
    public void Without_source_roots_nothing_changes()
        => Assert.Equal("/_/src/Checks.cs", SourcePathMap.None.ToLocal("/_/src/Checks.cs"));

    [Fact]
    public void Roots_without_a_mapped_path_are_ignored()
        => Assert.Equal("/_/a.cs", new SourcePathMap([new SourceRoot(Repository, "")]).ToLocal("/_/a.cs"));
}
