using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>TALK003 "insert a title placeholder": replaces the empty title with <c>"Title"</c>, easy to find and replace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertTitleCodeFixProvider)), Shared]
public sealed class InsertTitleCodeFixProvider : CodeFixProvider
{
    /// <summary>The placeholder written in place of the empty title.</summary>
    public const string Placeholder = "Title";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EmptyHeading);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixProperties.Allows(diagnostic, DiagnosticDescriptors.InsertTitleFix)
                || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call
                || TitleArgument(call) is not { } title)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Insert a title placeholder",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                        title.Expression,
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Placeholder)).WithTriviaFrom(title.Expression)))),
                    nameof(InsertTitleCodeFixProvider)),
                diagnostic);
        }
    }

    private static ArgumentSyntax? TitleArgument(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "title")
        ?? call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon is null);
}
