using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using GradGate.IntegrationTests.Infrastructure;

namespace GradGate.IntegrationTests.Packaging;

/// <summary>
/// Symbols and source (docs/package.md): every GradGate assembly in the packages embeds its PDB, with SourceLink to the
/// commit's sources, and is deterministic and path-mapped, so neither it nor its PDB names a folder of the building machine.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SymbolsTests(PackageFixture package)
{
    /// <summary>The SourceLink custom debug information's kind (the Portable PDB specification).</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>Path mapping is for packs, which build Release; a Debug test run packs Debug builds, with their local paths.</summary>
#if DEBUG
    private const string? NeedsRelease = "Packs built in Debug keep local paths by design: run the integration tests with -c Release.";
#else
    private const string? NeedsRelease = null;
#endif

    [Fact(Skip = NeedsRelease)]
    public void No_packed_assembly_or_its_pdb_names_the_repository_the_home_folder_or_the_NuGet_cache()
    {
        var forbidden = AbsolutePaths.OfThisMachine();
        var found = new List<string>();
        foreach (var (id, entry, bytes) in GradGateAssemblies())
        {
            found.AddRange(AbsolutePaths.FoundIn(bytes, forbidden).Select(path => $"{id}/{entry}: {path}"));
            found.AddRange(AbsolutePaths.FoundIn(EmbeddedPdb(bytes), forbidden).Select(path => $"{id}/{entry} (embedded PDB): {path}"));
        }

        Assert.Empty(found);
    }

    [Fact(Skip = NeedsRelease)]
    public void Every_packed_assembly_is_deterministic_and_embeds_a_pdb_whose_sourcelink_points_at_the_commit_on_GitHub()
    {
        var commit = Git.Run(RepositoryPaths.Root, "rev-parse", "HEAD");
        var assemblies = GradGateAssemblies().ToList();
        Assert.Contains(assemblies, assembly => assembly.Entry == "lib/net8.0/GradGate.dll");
        Assert.Contains(assemblies, assembly => assembly.Entry == "tasks/netstandard2.0/GradGate.Tasks.dll");
        Assert.Contains(assemblies, assembly => assembly.Entry == "analyzers/dotnet/cs/GradGate.Analyzers.dll");
        Assert.Contains(assemblies, assembly => assembly.Entry.EndsWith("/dotnet-gradgate.dll", StringComparison.Ordinal));

        foreach (var (id, entry, bytes) in assemblies)
        {
            using var pe = new PEReader(new MemoryStream(bytes));
            var debugDirectory = pe.ReadDebugDirectory();
            Assert.True(debugDirectory.Any(item => item.Type == DebugDirectoryEntryType.Reproducible), $"{id}/{entry} is not deterministic.");
            var embedded = debugDirectory.Where(item => item.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
            Assert.True(embedded.Count == 1, $"{id}/{entry} embeds no PDB.");

            using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
            var reader = pdb.GetMetadataReader();
            var sourceLink = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(information => reader.GetGuid(information.Kind) == SourceLinkKind)
                .Select(information => reader.GetBlobBytes(information.Value))
                .SingleOrDefault();
            Assert.True(sourceLink is not null, $"{id}/{entry}'s PDB has no SourceLink.");

            using var json = JsonDocument.Parse(sourceLink);
            var documents = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString());
            Assert.Equal($"https://raw.githubusercontent.com/gradgate/gradgate/{commit}/*", documents["/_/*"]);

            // Every source document has a mapped path, none a local one.
            var names = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.StartsWith("/_/", name, StringComparison.Ordinal));
        }
    }

    /// <summary>GradGate's own assemblies in every package (not the third-party ones the tool carries, such as System.CommandLine).</summary>
    private IEnumerable<(string Id, string Entry, byte[] Bytes)> GradGateAssemblies()
    {
        foreach (var id in new[] { "GradGate", "GradGate.Xunit", "GradGate.Tool" })
        {
            using var packed = PackedPackage.Open(package, id);
            var entries = packed.EntryNames
                .Where(name => name.EndsWith(".dll", StringComparison.Ordinal))
                .Where(name => Path.GetFileName(name).StartsWith("GradGate", StringComparison.Ordinal) || Path.GetFileName(name) == "dotnet-gradgate.dll")
                .ToList();
            Assert.NotEmpty(entries);
            foreach (var entry in entries)
            {
                yield return (id, entry, packed.ReadBytes(entry));
            }
        }
    }

    /// <summary>
    /// The embedded PDB's bytes, decompressed: its debug directory data is "MPDB", the PDB's size, then the PDB deflated.
    /// </summary>
    private static byte[] EmbeddedPdb(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var entry = pe.ReadDebugDirectory().Single(item => item.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        var data = assembly.AsSpan(entry.DataPointer, entry.DataSize);
        Assert.True(data[..4].SequenceEqual("MPDB"u8), "The embedded PDB does not start with MPDB.");
        var size = BitConverter.ToInt32(data[4..8]);
        using var deflated = new System.IO.Compression.DeflateStream(new MemoryStream(data[8..].ToArray()), System.IO.Compression.CompressionMode.Decompress);
        var pdb = new byte[size];
        deflated.ReadExactly(pdb);
        return pdb;
    }
}
