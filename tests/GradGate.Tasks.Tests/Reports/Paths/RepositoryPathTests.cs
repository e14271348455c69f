using GradGate.Reports.Paths;

namespace GradGate.Tasks.Tests.Reports.Paths;

public sealed class RepositoryPathTests
{
    [Theory]
    [InlineData("/home/runner/work/app/src/Checks.cs", "/home/runner/work/app/", "src/Checks.cs")]
    [InlineData("/home/runner/work/app/src/Checks.cs", "/home/runner/work/app", "src/Checks.cs")]
    [InlineData("/home/runner/work/app/", "/home/runner/work/app/", ".")]
    [InlineData("/repo/lib/sub/src/Checks.cs", "/repo/", "lib/sub/src/Checks.cs")] // a submodule's file, under the outer root
    [InlineData("/repo/lib/sub/src/Checks.cs", "/repo/lib/sub/", "src/Checks.cs")] // the same file, when the submodule is the root
    [InlineData("/repo/src/../tests/./Checks.cs", "/repo/", "tests/Checks.cs")]
    public void A_path_under_the_root_is_written_below_it_with_forward_slashes(string path, string root, string expected)
        => Assert.Equal(expected, RepositoryPath.Relative(path, root));

    [Theory]
    [InlineData("/repo-other/Checks.cs", "/repo/", "../repo-other/Checks.cs")] // a sibling whose name starts like the root's
    [InlineData("/tmp/generated/Checks.g.cs", "/home/me/repo/", "../../../tmp/generated/Checks.g.cs")]
    [InlineData("/Repo/src/Checks.cs", "/repo/", "../Repo/src/Checks.cs")] // Unix paths differ by case
    public void A_path_outside_the_root_climbs_out_of_it(string path, string root, string expected)
        => Assert.Equal(expected, RepositoryPath.Relative(path, root));

    [Theory]
    [InlineData(@"C:\src\app\Checks\Mlp.cs", @"C:\src\app\", "Checks/Mlp.cs")]
    [InlineData(@"c:\SRC\App\Checks\Mlp.cs", @"C:\src\app", "Checks/Mlp.cs")] // drive letters and folders compare without case
    [InlineData(@"C:\src\other\Mlp.cs", @"C:\src\app\", "../other/Mlp.cs")]
    [InlineData(@"D:\elsewhere\Mlp.cs", @"C:\src\app\", "D:/elsewhere/Mlp.cs")] // no relative path to another drive
    [InlineData(@"\\server\share\app\Checks\Mlp.cs", @"\\server\share\app\", "Checks/Mlp.cs")]
    [InlineData(@"C:/src/app/Checks/Mlp.cs", @"C:\src\app\", "Checks/Mlp.cs")] // mixed separators
    public void A_windows_path_maps_the_same_on_any_machine(string path, string root, string expected)
        => Assert.Equal(expected, RepositoryPath.Relative(path, root));

    [Theory]
    [InlineData("src/Checks.cs", "src/Checks.cs")]
    [InlineData(@"src\Checks.cs", "src/Checks.cs")]
    public void A_path_already_relative_keeps_its_text_with_forward_slashes(string path, string expected)
        => Assert.Equal(expected, RepositoryPath.Relative(path, "/repo/"));

    [Theory]
    [InlineData("/repo/a.cs", true)]
    [InlineData(@"C:\repo\a.cs", true)]
    [InlineData("C:/repo/a.cs", true)]
    [InlineData(@"\\server\share\a.cs", true)]
    [InlineData("src/a.cs", false)]
    [InlineData("../a.cs", false)]
    [InlineData("C:", true)]
    public void Absolute_paths_of_either_system_are_recognised(string path, bool absolute)
        => Assert.Equal(absolute, RepositoryPath.IsAbsolute(path));
}
