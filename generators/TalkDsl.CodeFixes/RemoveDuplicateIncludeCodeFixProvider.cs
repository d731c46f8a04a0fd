using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>
/// TALK007 "remove the duplicate include": takes the second <c>.Include(...)</c> out of the chain. Offered
/// only where the duplicate is the talk's own call, not a part's include reported on the talk.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDuplicateIncludeCodeFixProvider)), Shared]
public sealed class RemoveDuplicateIncludeCodeFixProvider : TalkCodeFixProvider
{
    public RemoveDuplicateIncludeCodeFixProvider()
        : base(RuleIds.DuplicateInclude, DiagnosticDescriptors.RemoveIncludeFix, "Remove the duplicate include")
    {
    }

    private protected override Func<CancellationToken, Task<Solution>>? CreateFix(Document document, SyntaxNode root, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Include", Expression: var before } } include)
        {
            return null;
        }

        // The chain before the include takes its place, ending the way the include ended (a line break or the ';').
        var replacement = before.WithoutTrailingTrivia().WithTrailingTrivia(include.GetTrailingTrivia());
        return _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(include, replacement)).Project.Solution);
    }
}
