using GradGate.Gate.Discovery;
using GradGate.Gate.Files;
using GradGate.Tasks.Tests.Reports;

namespace GradGate.Tasks.Tests.Files;

public sealed class RepositoryRootTests
{
    private static readonly char Separator = Path.DirectorySeparatorChar;

    [Fact]
    public void The_git_root_SourceLink_names_wins_over_a_submodule_and_over_roots_that_hold_no_project()
    {
        using var folder = new TemporaryDirectory();
        var repository = folder.File("repo") + Separator;
        var submodule = Path.Combine(repository, "lib", "sub") + Separator;
        var project = Path.Combine(repository, "lib", "sub", "Checks", "Checks.csproj");
        SourceRoot[] roots =
        [
            new(submodule, "/_1/", "git", NestedRoot: "lib/sub/"),
            new(folder.File("elsewhere") + Separator, "/_2/", "git"),
            new(repository, "/_/", "git"),
            new(folder.Path + Separator, "", ""), // a SourceRoot of no source control, such as a generated-files folder
        ];

        Assert.Equal(repository, RepositoryRoot.Find(roots, project));
    }

    [Fact]
    public void Without_SourceRoot_items_the_nearest_folder_with_a_git_folder_or_file_is_the_root()
    {
        using var folder = new TemporaryDirectory();
        var repository = folder.File("repo");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var worktree = Path.Combine(repository, "worktrees", "feature");
        Directory.CreateDirectory(Path.Combine(worktree, "src", "Checks"));
        File.WriteAllText(Path.Combine(worktree, ".git"), "gitdir: ../../.git/worktrees/feature\n"); // a linked worktree's .git is a file

        Assert.Equal(repository + Separator, RepositoryRoot.Find([], Path.Combine(repository, "src", "Checks", "Checks.csproj")));
        Assert.Equal(worktree + Separator, RepositoryRoot.Find([], Path.Combine(worktree, "src", "Checks", "Checks.csproj")));
    }

    [Fact]
    public void Outside_any_repository_the_project_folder_is_the_root()
    {
        using var folder = new TemporaryDirectory();
        var project = Path.Combine(folder.Path, "Checks", "Checks.csproj");
        if (RepositoryRootAbove(folder.Path) is { } enclosing)
        {
            Assert.Fail($"The temporary folder {folder.Path} lies in the git work tree {enclosing}; this test needs one outside any.");
        }

        Assert.Equal(Path.Combine(folder.Path, "Checks") + Separator, RepositoryRoot.Find([new(folder.File("x") + Separator, "", "git")], project));
    }

    private static string? RepositoryRootAbove(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return null;
    }
}
