using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GradGate.Gate.Files;

namespace GradGate.Gate.Discovery;

/// <summary>
/// Finds the [GradCheck] methods of a built assembly from its metadata alone: the assembly is read into
/// memory and never loaded, so nothing of the user's runs inside MSBuild and no file stays locked.
/// </summary>
internal static class CheckDiscovery
{
    private const string TargetFrameworkAttributeName = "System.Runtime.Versioning.TargetFrameworkAttribute";

    /// <summary>The assembly's checks, or null with <paramref name="problem"/> saying why the assembly could not be read.</summary>
    /// <param name="sourcePaths">Maps the PDB's deterministic source paths back to local ones.</param>
    public static DiscoveredAssembly? Discover(string assemblyPath, SourcePathMap sourcePaths, out string? problem)
    {
        try
        {
            using var peReader = new PEReader(ImmutableArray.Create(SharedFile.ReadAllBytes(assemblyPath)));
            if (!peReader.HasMetadata)
            {
                problem = $"'{assemblyPath}' is not a .NET assembly (it has no metadata), so its [GradCheck] methods cannot be found. "
                    + "Check that the build's output assembly is the one GradGate is given.";
                return null;
            }

            var reader = peReader.GetMetadataReader();
            using var sources = SourceLocator.Open(peReader, assemblyPath, sourcePaths);
            problem = null;
            return new DiscoveredAssembly(
                reader.GetString(reader.GetAssemblyDefinition().Name),
                ReadTargetFramework(reader),
                sources.HasPortablePdb,
                FindChecks(reader, sources));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            problem = $"cannot read '{assemblyPath}' to find its [GradCheck] methods: {exception.Message} Rebuild the project; "
                + "if this persists, check that nothing else rewrites the output assembly during the build.";
            return null;
        }
    }

    private static List<DiscoveredCheck> FindChecks(MetadataReader reader, SourceLocator sources)
    {
        var checks = new List<DiscoveredCheck>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (FindGradCheck(reader, method) is { } arguments)
                {
                    checks.Add(Describe(reader, typeHandle, methodHandle, arguments, sources));
                }
            }
        }

        return checks;
    }

    private static DiscoveredCheck Describe(
        MetadataReader reader,
        TypeDefinitionHandle typeHandle,
        MethodDefinitionHandle methodHandle,
        GradCheckArguments arguments,
        SourceLocator sources)
    {
        var typeName = MetadataNames.TypeName(reader, typeHandle);
        var methodName = reader.GetString(reader.GetMethodDefinition(methodHandle).Name);
        return new DiscoveredCheck(
            Id: typeName + "." + methodName,
            TypeName: typeName,
            MethodName: methodName,
            DisplayName: arguments.Name ?? MetadataNames.WithoutNamespace(typeName) + "." + methodName,
            SkipReason: arguments.Skip,
            Source: sources.Locate(methodHandle));
    }

    private static GradCheckArguments? FindGradCheck(MetadataReader reader, MethodDefinition method)
    {
        foreach (var handle in method.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeName(reader, attribute) == GradCheckArguments.AttributeTypeName)
            {
                return GradCheckArguments.Decode(attribute);
            }
        }

        return null;
    }

    private static string? ReadTargetFramework(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeName(reader, attribute) == TargetFrameworkAttributeName)
            {
                var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                return value.FixedArguments.Length > 0 ? value.FixedArguments[0].Value as string : null;
            }
        }

        return null;
    }
}
