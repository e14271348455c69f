using System.Collections.Immutable;
using GradGate.Checking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGate.Analyzers;

/// <summary>
/// Reports a [GradCheck] method GradGate cannot call (GG0014) where it is declared, with the gate's words: an instance
/// method, one that is not public, takes parameters, is generic, or returns something other than targets.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GradCheckMethodAnalyzer : DiagnosticAnalyzer
{
    private const string TargetName = "GradGate.GradCheckTarget";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.InvalidGradCheckMethod];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = GradCheckSymbols.Attribute(start.Compilation);
            var target = start.Compilation.GetTypeByMetadataName(TargetName);
            if (attribute is null || target is null)
            {
                return; // GradGate is not referenced: nothing here is a check.
            }

            var targets = start.Compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T).Construct(target);
            var signatures = new SignatureInspector(start.Compilation, target, targets);
            start.RegisterSymbolAction(symbol => Analyze(symbol, attribute, signatures), SymbolKind.Method);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attribute, SignatureInspector signatures)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (!GradCheckSymbols.IsCheck(method, attribute))
        {
            return;
        }

        if (signatures.FindFlaw(method) is not { } flaw)
        {
            return;
        }

        var message = GradCheckSignature.InvalidMethod(ReflectionNames.FullName(method.ContainingType), method.MetadataName, flaw.Text);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SignatureFlaw.KindProperty, flaw.Kind.ToString());
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidGradCheckMethod, method.Locations.FirstOrDefault(), properties, message));
    }
}
