using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>TALK013 "make the type partial": adds <c>partial</c> to every declaration of the types around the member that lack it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider)), Shared]
public sealed class MakePartialCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.InvalidDeclaration);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixProperties.Allows(diagnostic, DiagnosticDescriptors.MakePartialFix) || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Make the type partial", ct => MakePartialAsync(context.Document, member, ct), nameof(MakePartialCodeFixProvider)),
                diagnostic);
        }
    }

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
            var target = solution.GetDocument(group.Key);
            if (target is null)
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
