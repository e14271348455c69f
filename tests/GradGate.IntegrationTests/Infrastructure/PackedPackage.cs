using System.IO.Compression;
using System.Xml.Linq;

namespace GradGate.IntegrationTests.Infrastructure;

/// <summary>One .nupkg of the test run's feed, opened as the zip it is: its .nuspec and its files.</summary>
internal sealed class PackedPackage : IDisposable
{
    private readonly ZipArchive _archive;

    private PackedPackage(string id, ZipArchive archive)
    {
        Id = id;
        _archive = archive;
        Nuspec = XDocument.Parse(ReadText($"{id}.nuspec"));
    }

    /// <summary>Every package the fixture packs, by id.</summary>
    public static IReadOnlyList<string> AllIds => ["GradGate", "GradGate.Xunit", "GradGate.Tool", "GradGate.Templates"];

    public string Id { get; }

    public XDocument Nuspec { get; }

    public IEnumerable<string> EntryNames => _archive.Entries.Select(entry => entry.FullName);

    public static PackedPackage Open(PackageFixture package, string id)
        => new(id, ZipFile.OpenRead(Path.Combine(package.FeedDirectory, $"{id}.{package.PackageVersion}.nupkg")));

    /// <summary>The text of the nuspec's <c>metadata/name</c> element, or null.</summary>
    public string? Metadata(string name) => MetadataElement(name)?.Value;

    public XElement? MetadataElement(string name)
        => Nuspec.Root!.Elements().First(element => element.Name.LocalName == "metadata").Elements().FirstOrDefault(element => element.Name.LocalName == name);

    public byte[] ReadBytes(string entryName)
    {
        var entry = _archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{Id} has no {entryName}; it has {string.Join(", ", EntryNames)}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ReadText(string entryName) => System.Text.Encoding.UTF8.GetString(ReadBytes(entryName)).TrimStart('\uFEFF');

    public void Dispose() => _archive.Dispose();
}
