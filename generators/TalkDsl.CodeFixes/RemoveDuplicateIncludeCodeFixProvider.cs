using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>
/// TALK007 "remove the duplicate include": takes the second <c>.Include(...)</c> out of the chain. Offered
/// only where the duplicate is the talk's own call, not a part's include reported on the talk.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDuplicateIncludeCodeFixProvider)), Shared]
public sealed class RemoveDuplicateIncludeCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DuplicateInclude);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixProperties.Allows(diagnostic, DiagnosticDescriptors.RemoveIncludeFix)
                || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not
                    { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Include", Expression: var before } } include)
            {
                continue;
            }

            // The chain before the include takes its place, ending the way the include ended (a line break or the ';').
            var replacement = before.WithoutTrailingTrivia().WithTrailingTrivia(include.GetTrailingTrivia());
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the duplicate include",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(include, replacement))),
                    nameof(RemoveDuplicateIncludeCodeFixProvider)),
                diagnostic);
        }
    }
}
