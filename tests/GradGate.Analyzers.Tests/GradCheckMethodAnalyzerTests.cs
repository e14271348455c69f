using System.Reflection;
using GradGate.Analyzers.Tests.Infrastructure;
using GradGate.Results;
using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers.Tests;

public sealed class GradCheckMethodAnalyzerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using GradGate;

        """;

    private const string Body = """=> GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["x"] = [1.0] });""";

    public static TheoryData<string, string, string> MethodsGradGateCannotCall => new()
    {
        { "Checks", $"[GradCheck] public GradCheckTarget Instance() {Body}", "is an instance method" },
        { "Checks", $"[GradCheck] private static GradCheckTarget Hidden() {Body}", "is not public" },
        { "Checks", $"[GradCheck] internal static GradCheckTarget Internal() {Body}", "is not public" },
        { "Checks", $"[GradCheck] public static GradCheckTarget Sized(int size, double scale) {Body}", "takes 2 parameter(s)" },
        { "Checks", $"[GradCheck] public static GradCheckTarget Typed<T>() {Body}", "is generic (or declared in an open generic type)" },
        { "Box<T>", $"[GradCheck] public static GradCheckTarget InGenericType() {Body}", "is generic (or declared in an open generic type)" },
        { "Checks", "[GradCheck] public static int Count() => 1;", "returns Int32" },
        { "Checks", "[GradCheck] public static void Nothing() { }", "returns Void" },
        { "Checks", "[GradCheck] public static List<double> Values() => [];", "returns List`1" },
        { "Checks", "[GradCheck] public static double[] Array() => [];", "returns Double[]" },
        // The first flaw in the checker's order is the one named: instance before not public before parameters.
        { "Checks", $"[GradCheck] private GradCheckTarget Everything(int size) {Body}", "is an instance method" },
    };

    [Theory]
    [MemberData(nameof(MethodsGradGateCannotCall))]
    public async Task Reports_GG0014_at_the_method_with_the_words_the_gate_uses_for_the_same_method(string type, string method, string flaw)
    {
        var source = $"{Usings}namespace UserChecks;\n\npublic class {type}\n{{\n    {method}\n}}\n";
        var methodName = method.Split('(')[0].Split(' ')[^1].Split('<')[0];

        var diagnostic = Assert.Single(await TestCompilation.AnalyzeAsync(source));

        Assert.Equal(("GG0014", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(methodName, source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains($"' {flaw}. A [GradCheck] method must be declared 'public static GradCheckTarget {methodName}()'", diagnostic.GetMessage());
        Assert.Equal(GateMessage(source, methodName), diagnostic.GetMessage());
    }

    [Fact]
    public async Task Names_a_nested_type_as_reflection_does()
    {
        var source = $"{Usings}namespace UserChecks;\n\npublic static class Outer\n{{\n    public static class Inner\n    {{\n        [GradCheck] public static int Wrong() => 1;\n    }}\n}}\n";

        var diagnostic = Assert.Single(await TestCompilation.AnalyzeAsync(source));

        Assert.StartsWith("Outer.Inner.Wrong is not a valid check target: 'UserChecks.Outer+Inner.Wrong' returns Int32.", diagnostic.GetMessage());
        Assert.Equal(GateMessage(source, "Wrong"), diagnostic.GetMessage());
    }

    [Theory]
    [InlineData($"[GradCheck] public static GradCheckTarget Single() {Body}")]
    [InlineData($"[GradCheck] public static IEnumerable<GradCheckTarget> Family() {{ yield return Single(); }} public static GradCheckTarget Single() {Body}")]
    [InlineData($"[GradCheck] public static List<GradCheckTarget> Listed() => [Single()]; public static GradCheckTarget Single() {Body}")]
    [InlineData($"[GradCheck] public static GradCheckTarget[] Arrayed() => [Single()]; public static GradCheckTarget Single() {Body}")]
    [InlineData($"public GradCheckTarget NotACheck(int size) {Body}")]
    public async Task Says_nothing_about_a_method_GradGate_can_call_or_one_that_is_not_a_check(string method)
    {
        var source = $"{Usings}namespace UserChecks;\n\npublic class Checks\n{{\n    {method}\n}}\n";

        Assert.Empty(await TestCompilation.AnalyzeAsync(source));
    }

    [Fact]
    public async Task A_project_without_GradGate_has_no_checks()
    {
        var source = "namespace Plain;\n\npublic class GradCheckAttribute : System.Attribute { }\n\npublic class Checks\n{\n    [GradCheck] private int Wrong() => 1;\n}\n";

        Assert.Empty(await TestCompilation.AnalyzeAsync(source));
    }

    /// <summary>What the checker (the gate's runner, GradChecker) says about the method once compiled: the GG0014 finding's message.</summary>
    private static string GateMessage(string source, string methodName)
    {
        var method = TestCompilation.Load(source).GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Single(candidate => candidate.Name == methodName && candidate.IsDefined(typeof(GradCheckAttribute)));
        var result = Assert.Single(GradChecker.Check(method));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.InvalidTarget, finding.Code);
        return finding.Message;
    }
}
