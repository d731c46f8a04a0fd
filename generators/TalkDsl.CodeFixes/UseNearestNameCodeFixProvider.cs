using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Rules;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>
/// TALK015 and TALK017 "use the nearest name": one action per candidate the analyzer found (the keys of the
/// talk's bibliography, the anchors of its headings, nearest by edit distance first), each rewriting the
/// squiggled characters, which are the key or anchor itself inside the string literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearestNameCodeFixProvider)), Shared]
public sealed class UseNearestNameCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownCitation, RuleIds.UnknownAnchor);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.FixProperty, out var fix) || fix != DiagnosticDescriptors.NearestFix
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.FixDataProperty, out var data) || data is null)
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            var written = text.ToString(span);
            var candidates = data.Split('\n');
            for (var i = 0; i < candidates.Length; i++)
            {
                var candidate = candidates[i];

                // The squiggle covers the name exactly only when the literal wrote it without escapes.
                if (candidate.Length == 0 || written.IndexOf('\\') >= 0 || written.IndexOf('"') >= 0)
                {
                    continue;
                }

                var title = diagnostic.Id == RuleIds.UnknownCitation ? $"Cite '{candidate}'" : $"Link to '#{candidate}'";
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(context.Document.WithText(text.WithChanges(new TextChange(span, candidate)))), nameof(UseNearestNameCodeFixProvider) + i),
                    diagnostic);
            }
        }
    }
}
