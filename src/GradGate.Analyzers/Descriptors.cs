using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers;

/// <summary>The diagnostics GradGate reports while the user types: the gate's own codes, for the same problems.</summary>
internal static class Descriptors
{
    public const string Category = "GradGate";

    /// <summary>GG0014 for a [GradCheck] method GradGate cannot call; the message is the gate's.</summary>
    public static readonly DiagnosticDescriptor InvalidGradCheckMethod = new(
        id: "GG0014",
        title: "A [GradCheck] method must be public static, parameterless and non-generic, and return targets",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "GradGate calls each [GradCheck] method as a factory, with no arguments: it must be declared "
            + "'public static GradCheckTarget Name()' or return IEnumerable<GradCheckTarget>. The gate reports the same "
            + "method as GG0014 when it runs the checks.");

    /// <summary>GG0022 for a packable project whose checks would reach its package without GradGate.</summary>
    public static readonly DiagnosticDescriptor PrivateReferenceInPackage = new(
        id: "GG0022",
        title: "A packable library declares [GradCheck] methods but references GradGate with PrivateAssets=\"all\"",
        messageFormat: "{0} is packable and declares [GradCheck] methods, but references GradGate with PrivateAssets=\"all\": its package "
            + "would not depend on GradGate, so its consumers would get methods and attributes of an assembly they do not have. "
            + "Move the checks to a test or checks project, set IsPackable to false if {0} is never packed, or reference "
            + "GradGate without PrivateAssets=\"all\" (the API then flows to consumers; the gate does not).",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Checks belong in a test or checks project. A library that declares them and is packed ships a dangling "
            + "reference to GradGate when the package reference is private.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
