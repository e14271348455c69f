using GradGate.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers.Tests;

public sealed class PrivateReferenceAnalyzerTests
{
    private const string TwoChecks = """
        using System.Collections.Generic;
        using GradGate;

        namespace Library;

        public static class Checks
        {
            [GradCheck] public static GradCheckTarget First() => GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["x"] = [1.0] });
            [GradCheck] public static GradCheckTarget Second() => First();
        }
        """;

    [Fact]
    public async Task A_packable_library_with_checks_and_a_private_GradGate_reference_is_warned_once_at_its_first_check()
    {
        var diagnostics = await Analyze(TwoChecks, ("IsPackable", "true"), ("_GradGatePrivateReference", "true"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("GG0022", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("First", TwoChecks.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.StartsWith("UserChecks is packable and declares [GradCheck] methods, but references GradGate with PrivateAssets=\"all\"", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("false", "", "true")] // not packable: a checks project
    [InlineData("true", "true", "true")] // a test project
    [InlineData("true", "", "")] // GradGate flows to the package's consumers
    [InlineData("", "", "true")] // a build that says nothing (another build system)
    public async Task Says_nothing_where_the_package_cannot_dangle(string isPackable, string isTestProject, string privateReference)
    {
        var diagnostics = await Analyze(TwoChecks, ("IsPackable", isPackable), ("IsTestProject", isTestProject), ("_GradGatePrivateReference", privateReference));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_library_without_checks_is_not_warned()
    {
        var diagnostics = await Analyze("namespace Library;\n\npublic static class Plain\n{\n    public static int One() => 1;\n}\n", ("IsPackable", "true"), ("_GradGatePrivateReference", "true"));

        Assert.Empty(diagnostics);
    }

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Analyze(string source, params (string Name, string Value)[] properties)
        => TestCompilation.AnalyzeAsync(
            source,
            new PrivateReferenceAnalyzer(),
            properties.Where(property => property.Value.Length > 0).ToDictionary(property => property.Name, property => property.Value));
}
