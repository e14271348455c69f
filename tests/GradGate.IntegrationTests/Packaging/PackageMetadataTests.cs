using System.Text.RegularExpressions;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests.Packaging;

/// <summary>
/// What each packed package says about itself (docs/package.md): its .nuspec read back from the .nupkg, field by field,
/// and the readme, icon and license files it carries.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageMetadataTests(PackageFixture package)
{
    private const string RepositoryUrl = "https://github.com/gradgate/gradgate";

    public static TheoryData<string> PackageIds => new(PackedPackage.AllIds);

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_nuspec_names_the_repository_commit_license_icon_readme_release_notes_tags_and_copyright(string id)
    {
        using var packed = PackedPackage.Open(package, id);

        Assert.Equal(id, packed.Metadata("id"));
        Assert.Equal(package.PackageVersion, packed.Metadata("version"));
        Assert.Equal("GradGate contributors", packed.Metadata("authors"));
        Assert.Equal("Copyright (c) 2026 GradGate contributors", packed.Metadata("copyright"));
        Assert.Equal(RepositoryUrl, packed.Metadata("projectUrl"));
        Assert.False(string.IsNullOrWhiteSpace(packed.Metadata("description")), $"{id} has no description.");

        var license = packed.MetadataElement("license");
        Assert.NotNull(license);
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal("icon.png", packed.Metadata("icon"));
        Assert.Equal("README.md", packed.Metadata("readme"));

        var tags = packed.Metadata("tags")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        Assert.Contains("gradcheck", tags);
        Assert.Contains("gradient-check", tags);

        // The newest section of CHANGELOG.md, and where the others are.
        var changelog = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CHANGELOG.md"));
        var newest = Regex.Match(changelog, @"^## .*$", RegexOptions.Multiline).Value.TrimEnd('\r');
        var releaseNotes = packed.Metadata("releaseNotes") ?? "";
        Assert.StartsWith(newest, releaseNotes, StringComparison.Ordinal);
        Assert.Contains($"{RepositoryUrl}/blob/main/CHANGELOG.md", releaseNotes, StringComparison.Ordinal);

        var repository = packed.MetadataElement("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(RepositoryUrl, (string?)repository.Attribute("url"));
        Assert.Equal(Git.Run(RepositoryPaths.Root, "rev-parse", "HEAD"), (string?)repository.Attribute("commit"));
        Assert.Equal(CurrentBranch(), (string?)repository.Attribute("branch"));
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_package_carries_its_readme_the_icon_and_the_license(string id)
    {
        using var packed = PackedPackage.Open(package, id);

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "assets", "icon.png")), packed.ReadBytes("icon.png"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "LICENSE")).ReplaceLineEndings("\n"), packed.ReadText("LICENSE").ReplaceLineEndings("\n"));

        var readme = packed.ReadText("README.md");
        Assert.StartsWith($"# {id}", readme, StringComparison.Ordinal);
        // Links a registry page can follow: absolute, to the repository.
        Assert.Contains($"{RepositoryUrl}/blob/main/docs/package.md", readme, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\]\((?!https://)[^)]*\)", readme);
    }

    [Fact]
    public void GradGates_readme_is_a_first_page_with_install_quick_start_the_failure_example_and_the_full_readme()
    {
        using var packed = PackedPackage.Open(package, "GradGate");
        var readme = packed.ReadText("README.md");

        Assert.Contains("## Install", readme, StringComparison.Ordinal);
        Assert.Contains("<packageSourceMapping>", readme, StringComparison.Ordinal);
        Assert.Contains("""<PackageReference Include="GradGate" Version=""", readme, StringComparison.Ordinal);
        Assert.Contains("## Quick start", readme, StringComparison.Ordinal);
        Assert.Contains("[GradCheck]", readme, StringComparison.Ordinal);
        Assert.Contains("## What a failure looks like", readme, StringComparison.Ordinal);
        Assert.Contains("error GG0001: Checks.Sigmoid: Gradient of input 'x' is wrong", readme, StringComparison.Ordinal);
        Assert.Contains($"[README]({RepositoryUrl}#readme)", readme, StringComparison.Ordinal);
    }

    /// <summary>The branch as SourceLink reads it (refs/heads/name), or null on a detached HEAD, where no branch is written.</summary>
    private static string? CurrentBranch()
    {
        try
        {
            return Git.Run(RepositoryPaths.Root, "symbolic-ref", "HEAD");
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
