using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>TALK003 "insert a title placeholder": replaces the empty title with <c>"Title"</c>, easy to find and replace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertTitleCodeFixProvider)), Shared]
public sealed class InsertTitleCodeFixProvider : TalkCodeFixProvider
{
    /// <summary>The placeholder written in place of the empty title.</summary>
    public const string Placeholder = "Title";

    public InsertTitleCodeFixProvider()
        : base(RuleIds.EmptyHeading, DiagnosticDescriptors.InsertTitleFix, "Insert a title placeholder")
    {
    }

    private protected override Func<CancellationToken, Task<Solution>>? CreateFix(Document document, SyntaxNode root, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call || TitleArgument(call) is not { } title)
        {
            return null;
        }

        var placeholder = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Placeholder)).WithTriviaFrom(title.Expression);
        return _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(title.Expression, placeholder)).Project.Solution);
    }

    private static ArgumentSyntax? TitleArgument(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "title")
        ?? call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon is null);
}
