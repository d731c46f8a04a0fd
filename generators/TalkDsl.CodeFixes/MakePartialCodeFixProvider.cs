using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>TALK013 "make the type partial": adds <c>partial</c> to every declaration of the types around the member that lack it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider)), Shared]
public sealed class MakePartialCodeFixProvider : TalkCodeFixProvider
{
    public MakePartialCodeFixProvider()
        : base(RuleIds.InvalidDeclaration, DiagnosticDescriptors.MakePartialFix, "Make the type partial")
    {
    }

    private protected override Func<CancellationToken, Task<Solution>>? CreateFix(Document document, SyntaxNode root, SyntaxNode node) =>
        node.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member ? ct => MakePartialAsync(document, member, ct) : null;

    private static async Task<Solution> MakePartialAsync(Document document, MemberDeclarationSyntax member, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var solution = document.Project.Solution;
        if (model?.GetDeclaredSymbol(member, cancellationToken) is not { ContainingType: { } type })
        {
            return solution;
        }

        // Every declaration of the type and of the types around it must say partial, in whichever file it is.
        var declarations = Enumerable.Empty<SyntaxReference>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            declarations = declarations.Concat(current.DeclaringSyntaxReferences);
        }

        foreach (var group in declarations.GroupBy(r => r.SyntaxTree))
        {
            if (solution.GetDocument(group.Key) is not { } target)
            {
                continue;
            }

            var editor = await DocumentEditor.CreateAsync(target, cancellationToken).ConfigureAwait(false);
            foreach (var reference in group)
            {
                var declaration = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
                var modifiers = editor.Generator.GetModifiers(declaration);
                if (!modifiers.IsPartial)
                {
                    editor.SetModifiers(declaration, modifiers.WithPartial(true));
                }
            }

            solution = editor.GetChangedDocument().Project.Solution;
        }

        return solution;
    }
}
