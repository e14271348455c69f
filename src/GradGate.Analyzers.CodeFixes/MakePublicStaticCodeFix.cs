using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGate.Analyzers.CodeFixes;

/// <summary>
/// The mechanical fix for GG0014: a [GradCheck] method that is an instance method or not public becomes
/// <c>public static</c>, its other modifiers kept. Parameters, type parameters and return types need the author's judgement:
/// no fix is offered for them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePublicStaticCodeFix))]
[Shared]
public sealed class MakePublicStaticCodeFix : CodeFixProvider
{
    private static readonly SyntaxKind[] AccessModifiers =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword];

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Descriptors.InvalidGradCheckMethod.Id];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SignatureFlaw.KindProperty, out var kind)
                || !Enum.TryParse<SignatureFlawKind>(kind, out var flaw)
                || !SignatureFlaw.IsFixedByPublicStatic(flaw)
                || root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
            {
                continue;
            }

            var title = $"Make '{method.Identifier.ValueText}' public static";
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, MakePublicStatic(method)))), equivalenceKey: title),
                diagnostic);
        }
    }

    /// <summary><c>public static</c> first, then the other modifiers in their order, trivia kept where it was.</summary>
    internal static MethodDeclarationSyntax MakePublicStatic(MethodDeclarationSyntax method)
    {
        var kept = method.Modifiers.Where(modifier => !AccessModifiers.Any(access => modifier.IsKind(access)) && !modifier.IsKind(SyntaxKind.StaticKeyword));
        var modifiers = SyntaxFactory.TokenList(
            [
                SyntaxFactory.Token(SyntaxKind.PublicKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                .. kept,
            ]);

        // The leading trivia (indentation, comments) belongs to the first token of the declaration after its attributes.
        var leading = method.Modifiers.Count > 0 ? method.Modifiers[0].LeadingTrivia : method.ReturnType.GetLeadingTrivia();
        var bare = method.Modifiers.Count > 0 ? method : method.WithReturnType(method.ReturnType.WithLeadingTrivia());
        return bare.WithModifiers(modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(leading)));
    }
}
