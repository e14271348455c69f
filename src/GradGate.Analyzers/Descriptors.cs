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
}
