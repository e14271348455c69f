using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests.Packaging;

/// <summary>
/// Versions come from git (MinVer, docs/package.md): a v-prefixed tag makes a release, any other commit a prerelease that
/// changes with each commit, and a tree without .git packs at the documented default. Needs git on PATH.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class VersionTests(PackageFixture package)
{
    /// <summary>The version of a tree without .git, and of a repository's first commit while no tag is in its history.</summary>
    private const string DefaultVersion = "0.2.0-alpha.0";

    [Fact]
    public void Every_package_and_assembly_has_the_version_git_gives_the_commit_with_the_commit_in_the_informational_version()
    {
        var head = Git.Run(RepositoryPaths.Root, "rev-parse", "HEAD");
        var tagged = Git.Run(RepositoryPaths.Root, "tag", "--points-at", "HEAD").Split('\n').Any(tag => ReleaseTag().IsMatch(tag));
        Assert.Matches(tagged ? @"^\d+\.\d+\.\d+$" : @"^\d+\.\d+\.\d+-alpha\.0(\.\d+)?$", package.PackageVersion);
        // What dotnet msbuild says the checkout packs: the fixture packed what the build gave the assemblies, the same commit's version.
        Assert.Equal(PackedVersion.Of(RepositoryPaths.Root, RepositoryPaths.PackageProject, restore: false), package.PackageVersion);

        foreach (var id in PackedPackage.AllIds)
        {
            using var packed = PackedPackage.Open(package, id);
            Assert.Equal(package.PackageVersion, packed.Metadata("version"));
        }

        using var gradGate = PackedPackage.Open(package, "GradGate");
        var api = gradGate.ReadBytes("lib/net8.0/GradGate.dll");
        Assert.Equal($"{package.PackageVersion}+{head}", InformationalVersion(api));
        // The assembly version is the package's major and minor: 0.2.0-alpha.0.97 makes 0.2.0.0.
        var release = Version.Parse(package.PackageVersion.Split('-')[0]);
        Assert.Equal(new Version(release.Major, release.Minor, 0, 0), AssemblyVersion(api));
    }

    [Fact]
    public void A_tag_makes_a_release_and_every_other_commit_a_prerelease_of_its_own()
    {
        var repository = MinimalRepository(withGit: true);
        Git.Run(repository, "add", "-A");
        Git.Run(repository, "commit", "-q", "-m", "first");
        Assert.Equal(DefaultVersion, VersionOf(repository));

        Git.Run(repository, "commit", "-q", "--allow-empty", "-m", "second");
        Assert.Equal("0.2.0-alpha.0.1", VersionOf(repository));

        Git.Run(repository, "tag", "v0.3.0");
        Assert.Equal("0.3.0", VersionOf(repository));

        Git.Run(repository, "commit", "-q", "--allow-empty", "-m", "after the release");
        Assert.Equal("0.3.1-alpha.0.1", VersionOf(repository));

        // Only the v prefix marks a release (MinVerTagPrefix): another tag names no version.
        Git.Run(repository, "tag", "0.4.0");
        Assert.Equal("0.3.1-alpha.0.1", VersionOf(repository));
    }

    [Fact]
    public void A_copy_of_the_tree_without_git_packs_at_the_default_version_with_a_warning_and_no_build_path_in_it()
    {
        var copy = MinimalRepository(withGit: false);
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "src"), Path.Combine(copy, "src"));
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "build"), Path.Combine(copy, "build"));
        var feed = Path.Combine(copy, "feed");

        // GradGate.Xunit builds the API, the checker, the engine and the result model: the same settings as every package.
        var pack = DotNet.Run(copy, "pack", Path.Combine(copy, "src", "GradGate.Xunit"), "-c", "Release", "-o", feed, "-nodeReuse:false", "-tl:off");

        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Contains("warning MINVER1001", pack.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(feed, $"GradGate.Xunit.{DefaultVersion}.nupkg")), pack.Output);
        var dll = File.ReadAllBytes(Path.Combine(copy, "src", "GradGate.Xunit", "bin", "Release", "net8.0", "GradGate.Xunit.dll"));
        Assert.Equal(DefaultVersion, InformationalVersion(dll));
        Assert.Empty(AbsolutePaths.FoundIn(dll, [copy]));
    }

    /// <summary>
    /// A repository of the build settings alone (the root Directory.Build.*, Directory.Packages.props, global.json and what
    /// the packages take from the root) and one tiny library, in a folder of the test run.
    /// </summary>
    private string MinimalRepository(bool withGit)
    {
        var root = Path.Combine(package.WorkRoot, "versioning", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "CHANGELOG.md", "LICENSE", "assets/icon.png" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(root, file));
        }

        Directory.CreateDirectory(Path.Combine(root, "src", "Tiny"));
        File.WriteAllText(
            Path.Combine(root, "src", "Tiny", "Tiny.csproj"),
            """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup></Project>""");
        if (withGit)
        {
            Git.Run(root, "init", "-q");
        }

        return root;
    }

    private static string VersionOf(string repository) => PackedVersion.Of(repository, Path.Combine(repository, "src", "Tiny", "Tiny.csproj"), restore: true);

    private static Version AssemblyVersion(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        return pe.GetMetadataReader().GetAssemblyDefinition().Version;
    }

    private static string? InformationalVersion(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) == "AssemblyInformationalVersionAttribute")
            {
                var value = metadata.GetBlobReader(attribute.Value);
                value.ReadUInt16();
                return value.ReadSerializedString();
            }
        }

        return null;
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^v\d+\.\d+\.\d+")]
    private static partial Regex ReleaseTag();
}
