using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers;

/// <summary>How the analyzers recognise a check: a method marked with GradGate's own <c>[GradCheck]</c>.</summary>
internal static class GradCheckSymbols
{
    private const string AttributeName = "GradGate.GradCheckAttribute";

    /// <summary>The <c>[GradCheck]</c> attribute of the compilation; null when GradGate is not referenced (nothing is a check).</summary>
    public static INamedTypeSymbol? Attribute(Compilation compilation) => compilation.GetTypeByMetadataName(AttributeName);

    public static bool IsCheck(ISymbol symbol, INamedTypeSymbol attribute)
        => symbol.GetAttributes().Any(applied => SymbolEqualityComparer.Default.Equals(applied.AttributeClass, attribute));
}
