using GradGate.Gate.Hosting;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Hosting;

public sealed class DotNetHostTests
{
    private static readonly string Executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    [Fact]
    public void A_given_host_path_is_used_as_it_is()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File(Executable), "");

        Assert.Equal(scratch.File(Executable), DotNetHost.Find(scratch.File(Executable), searchPath: null));
    }

    [Fact]
    public void A_given_host_path_that_does_not_exist_is_not_replaced_by_another()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File(Executable), "");

        Assert.Null(DotNetHost.Find(scratch.File("missing"), searchPath: scratch.Path));
    }

    [Fact]
    public void Without_a_host_path_the_first_dotnet_on_the_search_path_is_used()
    {
        using var scratch = new ScratchFolder();
        var empty = scratch.Folder("empty");
        var first = scratch.Folder("first");
        var second = scratch.Folder("second");
        File.WriteAllText(Path.Combine(first, Executable), "");
        File.WriteAllText(Path.Combine(second, Executable), "");
        var searchPath = string.Join(Path.PathSeparator, empty, first, second);

        Assert.Equal(Path.Combine(first, Executable), DotNetHost.Find("", searchPath));
    }

    [Fact]
    public void No_dotnet_anywhere_gives_no_host()
    {
        using var scratch = new ScratchFolder();

        Assert.Null(DotNetHost.Find(null, scratch.Path));
    }
}
