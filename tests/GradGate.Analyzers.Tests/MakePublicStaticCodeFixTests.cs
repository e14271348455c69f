using GradGate.Analyzers.Tests.Infrastructure;

namespace GradGate.Analyzers.Tests;

public sealed class MakePublicStaticCodeFixTests
{
    private const string Body = """=> GradCheckTarget.Health<double>(() => new Dictionary<string, double[]> { ["x"] = [1.0] });""";

    [Theory]
    [InlineData("public GradCheckTarget", "public static GradCheckTarget")]
    [InlineData("private static GradCheckTarget", "public static GradCheckTarget")]
    [InlineData("static GradCheckTarget", "public static GradCheckTarget")]
    [InlineData("GradCheckTarget", "public static GradCheckTarget")]
    [InlineData("internal unsafe GradCheckTarget", "public static unsafe GradCheckTarget")]
    [InlineData("protected internal static GradCheckTarget", "public static GradCheckTarget")]
    public async Task Makes_the_method_public_static_keeping_its_attribute_comments_and_layout(string declared, string expected)
    {
        var source = Source(declared);

        var offered = await CodeFixRunner.OfferedAsync(source);
        var fixedSource = await CodeFixRunner.ApplyAsync(source);

        Assert.Equal(["Make 'Loss' public static"], offered);
        Assert.Equal(Source(expected), fixedSource);
        Assert.Empty(await TestCompilation.AnalyzeAsync(fixedSource));
    }

    [Theory]
    [InlineData($"[GradCheck] public static GradCheckTarget Sized(int size) {Body}")]
    [InlineData($"[GradCheck] public static GradCheckTarget Typed<T>() {Body}")]
    [InlineData("[GradCheck] public static int Count() => 1;")]
    public async Task Offers_no_fix_where_the_change_needs_the_authors_judgement(string method)
    {
        var source = $"using System.Collections.Generic;\nusing GradGate;\n\nnamespace UserChecks;\n\npublic class Checks\n{{\n    {method}\n}}\n";

        Assert.Single(await TestCompilation.AnalyzeAsync(source));
        Assert.Empty(await CodeFixRunner.OfferedAsync(source));
    }

    private static string Source(string modifiersAndReturnType) => $$"""
        using System.Collections.Generic;
        using GradGate;

        namespace UserChecks;

        public unsafe class Checks
        {
            /// <summary>The loss.</summary>
            [GradCheck(Name = "Loss")]
            {{modifiersAndReturnType}} Loss() // the factory
            {{Body}}
        }

        """;
}
