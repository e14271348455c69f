using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers;

/// <summary>
/// Type names as .NET reflection prints them (<c>Type.FullName</c>, <c>Type.Name</c>): the checker describes methods
/// that way at run time, and the analyzer must say the same thing (<c>Ns.Outer+Inner</c>, <c>List`1</c>, <c>Int32</c>).
/// </summary>
internal static class ReflectionNames
{
    public static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        var outermost = type;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
            outermost = outer;
        }

        var space = outermost.ContainingNamespace;
        return space is null || space.IsGlobalNamespace ? name : space.ToDisplayString() + "." + name;
    }

    public static string Name(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Name(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]",
        IPointerTypeSymbol pointer => Name(pointer.PointedAtType) + "*",
        _ => type.MetadataName,
    };
}
