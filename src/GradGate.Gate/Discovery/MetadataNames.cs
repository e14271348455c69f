using System.Reflection.Metadata;

namespace GradGate.Gate.Discovery;

/// <summary>Type names spelled as reflection spells them: <c>Namespace.Outer+Inner</c>.</summary>
internal static class MetadataNames
{
    public static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaringType = type.GetDeclaringType();
        return declaringType.IsNil
            ? Qualify(reader.GetString(type.Namespace), name)
            : TypeName(reader, declaringType) + "+" + name;
    }

    public static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? TypeName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name
            : Qualify(reader.GetString(type.Namespace), name);
    }

    /// <summary>The type's name for people, as the runner spells it too: <c>Ns.Outer+Inner</c> becomes <c>Outer.Inner</c>.</summary>
    public static string WithoutNamespace(string reflectionName)
        => reflectionName.Substring(reflectionName.LastIndexOf('.') + 1).Replace('+', '.');

    /// <summary>The full name of the type that declares an attribute's constructor.</summary>
    public static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                return TypeName(reader, definition.GetDeclaringType());
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                return reference.Parent.Kind switch
                {
                    HandleKind.TypeReference => TypeName(reader, (TypeReferenceHandle)reference.Parent),
                    HandleKind.TypeDefinition => TypeName(reader, (TypeDefinitionHandle)reference.Parent),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
