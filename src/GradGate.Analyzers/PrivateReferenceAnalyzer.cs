using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGate.Analyzers;

/// <summary>
/// Reports GG0022 once per project, at its first [GradCheck] method: a packable project that is not a test project,
/// declares checks and references GradGate with PrivateAssets="all". GradGate's targets tell the compiler those three
/// facts (build_property.IsPackable, IsTestProject, _GradGatePrivateReference).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrivateReferenceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.PrivateReferenceInPackage];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = GradCheckSymbols.Attribute(start.Compilation);
            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (attribute is null || !IsTrue(options, "IsPackable") || IsTrue(options, "IsTestProject") || !IsTrue(options, "_GradGatePrivateReference"))
            {
                return;
            }

            var checks = new ConcurrentLocations();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (GradCheckSymbols.IsCheck(symbol.Symbol, attribute))
                    {
                        checks.Add(symbol.Symbol.Locations.FirstOrDefault());
                    }
                },
                SymbolKind.Method);
            start.RegisterCompilationEndAction(end =>
            {
                if (checks.First() is { } location)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.PrivateReferenceInPackage, location, end.Compilation.AssemblyName));
                }
            });
        });
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The [GradCheck] methods' locations, gathered concurrently; the first in file and position order is reported.</summary>
    private sealed class ConcurrentLocations
    {
        private readonly List<Location> _locations = [];

        public void Add(Location? location)
        {
            if (location is null)
            {
                return;
            }

            lock (_locations)
            {
                _locations.Add(location);
            }
        }

        public Location? First()
        {
            lock (_locations)
            {
                return _locations
                    .OrderBy(location => location.SourceTree?.FilePath, StringComparer.Ordinal)
                    .ThenBy(location => location.SourceSpan.Start)
                    .FirstOrDefault();
            }
        }
    }
}
