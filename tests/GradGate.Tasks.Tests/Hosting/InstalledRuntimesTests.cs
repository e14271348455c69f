using GradGate.Gate.Hosting;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Hosting;

public sealed class InstalledRuntimesTests
{
    [Fact]
    public void The_framework_folders_beside_the_host_are_the_installed_versions()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("dotnet"), "");
        foreach (var name in new[] { "8.0.11", "10.0.0-rc.2.25502.107", "not-a-version" })
        {
            scratch.Folder(Path.Combine("shared", "Microsoft.NETCore.App", name));
        }

        scratch.Folder(Path.Combine("shared", "Microsoft.AspNetCore.App", "9.0.0"));

        var installed = InstalledRuntimes.Beside(scratch.File("dotnet"));

        Assert.NotNull(installed);
        Assert.Equal([new Version(8, 0, 11), new Version(10, 0, 0)], installed.OrderBy(version => version));
    }

    [Fact]
    public void A_host_without_a_shared_folder_beside_it_gives_no_list()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("dotnet"), "");

        Assert.Null(InstalledRuntimes.Beside(scratch.File("dotnet")));
    }

}
