using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>
/// What every TalkDsl fix shares: one diagnostic id, one code action, offered only where the analyzer
/// marked the diagnostic as fixable (<see cref="DiagnosticDescriptors.FixProperty"/>), fix-all by batch.
/// </summary>
public abstract class TalkCodeFixProvider : CodeFixProvider
{
    private readonly string _fix;
    private readonly string _title;

    private protected TalkCodeFixProvider(string diagnosticId, string fix, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _fix = fix;
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.FixProperty, out var fix) || fix != _fix
                || CreateFix(context.Document, root, root.FindNode(diagnostic.Location.SourceSpan)) is not { } apply)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(_title, apply, GetType().Name), diagnostic);
        }
    }

    /// <summary>The change for the diagnostic at <paramref name="node"/>, or null when the code is not shaped as expected.</summary>
    private protected abstract Func<CancellationToken, Task<Solution>>? CreateFix(Document document, SyntaxNode root, SyntaxNode node);
}
