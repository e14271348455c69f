using System.Reflection.Metadata;

namespace GradGate.Gate.Discovery;

/// <summary>
/// The type vocabulary System.Reflection.Metadata needs to decode attribute blobs. Types are named by
/// strings: discovery only reads the values of string, number and boolean arguments.
/// </summary>
internal sealed class AttributeValueTypes : ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";

    public static AttributeValueTypes Instance { get; } = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetSystemType() => SystemType;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => MetadataNames.TypeName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => MetadataNames.TypeName(reader, handle);

    public string GetTypeFromSerializedName(string name) => name;

    /// <summary>No attribute GradGate reads has an enum argument; Int32 is what enums default to, so a blob still decodes.</summary>
    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == SystemType;
}
