using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GradGate.Results;
using GradGate.Gate.Files;

namespace GradGate.Gate.Discovery;

/// <summary>
/// Finds where a method is written from the assembly's portable PDB (beside it, or embedded), read into
/// memory so the file is never held open. Without a matching PDB no method has a known location: the reports
/// then leave it out, and the build log falls back to the project file.
/// </summary>
internal sealed class SourceLocator : IDisposable
{
    private readonly MetadataReaderProvider? _pdbProvider;
    private readonly MetadataReader? _pdb;
    private readonly SourcePathMap _paths;
    private readonly Dictionary<MethodDefinitionHandle, MethodDefinitionHandle> _stateMachineBodies = [];

    private SourceLocator(MetadataReaderProvider? pdbProvider, SourcePathMap paths)
    {
        _pdbProvider = pdbProvider;
        _pdb = pdbProvider?.GetMetadataReader();
        _paths = paths;
        if (_pdb is not null)
        {
            IndexStateMachineBodies(_pdb);
        }
    }

    public bool HasPortablePdb => _pdb is not null;

    public static SourceLocator Open(PEReader peReader, string assemblyPath, SourcePathMap paths)
    {
        MetadataReaderProvider? provider = null;
        try
        {
            peReader.TryOpenAssociatedPortablePdb(assemblyPath, OpenShared, out provider, out _);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            // An unreadable or corrupt PDB only costs the source lines: diagnostics fall back to the project file.
            provider = null;
        }

        return new SourceLocator(provider, paths);
    }

    /// <summary>
    /// The first visible sequence point of the method's body (for an iterator or async method, of its state machine);
    /// null when there is no PDB or it has no line for the method.
    /// </summary>
    public SourceLocation? Locate(MethodDefinitionHandle method)
    {
        if (_pdb is null)
        {
            return null;
        }

        var point = FirstVisiblePoint(_pdb, method)
            ?? (_stateMachineBodies.TryGetValue(method, out var body) ? FirstVisiblePoint(_pdb, body) : null);
        if (point is not { } found)
        {
            return null;
        }

        var document = _pdb.GetDocument(found.Document);
        return new SourceLocation
        {
            File = _paths.ToLocal(_pdb.GetString(document.Name)),
            Line = found.StartLine,
            Column = found.StartColumn,
        };
    }

    public void Dispose() => _pdbProvider?.Dispose();

    private static Stream? OpenShared(string path)
        => File.Exists(path) ? new MemoryStream(SharedFile.ReadAllBytes(path), writable: false) : null;

    private static SequencePoint? FirstVisiblePoint(MetadataReader pdb, MethodDefinitionHandle method)
    {
        var information = pdb.GetMethodDebugInformation(method);
        foreach (var point in information.GetSequencePoints())
        {
            if (!point.IsHidden)
            {
                return point;
            }
        }

        return null;
    }

    private void IndexStateMachineBodies(MetadataReader pdb)
    {
        foreach (var handle in pdb.MethodDebugInformation)
        {
            var kickoff = pdb.GetMethodDebugInformation(handle).GetStateMachineKickoffMethod();
            if (!kickoff.IsNil)
            {
                _stateMachineBodies[kickoff] = handle.ToDefinitionHandle();
            }
        }
    }
}
