using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GradGate.Analyzers.Tests.Infrastructure;

/// <summary>Applies a code fix the way the IDE does: in a workspace, through the code action's operations.</summary>
internal static class CodeFixRunner
{
    /// <summary>The titles of the fixes offered for the analyzer's diagnostics in <paramref name="source"/>.</summary>
    public static async Task<IReadOnlyList<string>> OfferedAsync(string source)
        => (await ActionsAsync(source)).Select(action => action.Action.Title).ToList();

    /// <summary>The source after applying the one fix offered.</summary>
    public static async Task<string> ApplyAsync(string source)
    {
        var (action, document) = Assert.Single(await ActionsAsync(source));
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    private static async Task<List<(CodeAction Action, Document Document)>> ActionsAsync(string source)
    {
        var workspace = new AdhocWorkspace();
        var compilation = TestCompilation.Create(source);
        var project = workspace.AddProject("UserChecks", LanguageNames.CSharp)
            .WithCompilationOptions(compilation.Options)
            .WithParseOptions(compilation.SyntaxTrees[0].Options)
            .AddMetadataReferences(compilation.References);
        var document = project.AddDocument("Checks.cs", SourceText.From(source));

        var diagnostics = await TestCompilation.AnalyzeAsync(source);
        var fix = new CodeFixes.MakePublicStaticCodeFix();
        var actions = new List<(CodeAction, Document)>();
        foreach (var diagnostic in diagnostics.Where(diagnostic => fix.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add((action, document)), CancellationToken.None);
            await fix.RegisterCodeFixesAsync(context);
        }

        return actions;
    }
}
