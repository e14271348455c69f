using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGate.Analyzers.Tests.Infrastructure;

/// <summary>A user's source compiled against the running .NET and GradGate's API, as the compiler and the IDE see it.</summary>
internal static class TestCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(GradCheckAttribute).Assembly.Location),
    ]);

    public static CSharpCompilation Create(string source, string assemblyName = "UserChecks")
        => CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Checks.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    /// <summary>The analyzer's diagnostics, after asserting the source compiles (a test of a broken source proves nothing).</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
        => AnalyzeAsync(source, new GradCheckMethodAnalyzer(), new Dictionary<string, string>());

    /// <summary><paramref name="analyzer"/>'s diagnostics for a project whose build makes <paramref name="buildProperties"/> visible to analyzers.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, DiagnosticAnalyzer analyzer, IReadOnlyDictionary<string, string> buildProperties)
    {
        var compilation = Create(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var options = new AnalyzerOptions([], new BuildProperties(buildProperties));
        return await compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The source compiled and loaded, so that the checker can look at its methods by reflection as the gate does.</summary>
    public static Assembly Load(string source)
    {
        using var image = new MemoryStream();
        var emitted = Create(source, "UserChecks" + Guid.NewGuid().ToString("N")).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}
