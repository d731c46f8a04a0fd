using System.Collections.Immutable;
using System.Text;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// Citations a talk cannot resolve: lamd found no bibliography for the talk (no <c>bibliography:</c> in its
/// front matter that exists, no <c>bibdir</c> folder), so pandoc showed <c>[@key]</c> and <c>@key</c> as text. In
/// TalkDsl an unknown key is TALK015, an error: the imported project would not build. Each citation's '@' is
/// escaped instead (<c>\@key</c>, which CommonMark shows as "@key" and the citation parser skips), so the page
/// shows what lamd showed, and a LAMD024 warning names the place and how to keep it a citation.
/// </summary>
internal static class CitationsWithoutBibliography
{
    /// <summary>The body with every citation in its text escaped, one warning per citation.</summary>
    public static ImmutableArray<BodyNode> Escape(ImmutableArray<BodyNode> body, ICollection<LamdDiagnostic> diagnostics) =>
        body.Select(node => Escape(node, diagnostics)).ToImmutableArray();

    /// <summary>The snippets a body includes, directly or through other snippets.</summary>
    public static IEnumerable<LamdPart> Included(ImmutableArray<BodyNode> body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ImmutableArray<BodyNode>>([body]);
        while (pending.TryPop(out var nodes))
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case BodyInclude { Part: { } part } when seen.Add(part.FullPath):
                        yield return part;
                        pending.Push(part.Body);
                        break;
                    case BodyConstruct construct:
                        foreach (var argument in construct.Arguments)
                        {
                            pending.Push(argument);
                        }

                        break;
                    case BodyBranch branch:
                        pending.Push(branch.Nodes);
                        break;
                }
            }
        }
    }

    private static BodyNode Escape(BodyNode node, ICollection<LamdDiagnostic> diagnostics) => node switch
    {
        BodyText text => text with { Text = Escape(text.Text, text.Position, diagnostics) },
        // Code is not Markdown: a Python decorator (@property) is no citation.
        BodyConstruct construct when construct.Name.Contains("code", StringComparison.Ordinal) => construct,
        BodyConstruct construct => construct with { Arguments = construct.Arguments.Select(a => Escape(a, diagnostics)).ToImmutableArray() },
        BodyBranch branch => branch with { Nodes = Escape(branch.Nodes, diagnostics) },
        _ => node,
    };

    /// <summary>
    /// <paramref name="text"/> (at <paramref name="position"/>) with its citations escaped, one warning per
    /// citation; a warning already given (the same expansion in the slides and the notes) is not repeated.
    /// </summary>
    public static string Escape(string text, SourcePosition position, ICollection<LamdDiagnostic> diagnostics)
    {
        var citations = CitationSyntax.FindAll(text);
        if (citations.Count == 0)
        {
            return text;
        }

        // The '@' before each key: a braced key (@{key}) has its '{' between.
        var ats = citations
            .SelectMany(c => c.Items)
            .Select(item => text.LastIndexOf('@', item.KeyStart - 1))
            .Where(at => at >= 0)
            .Distinct()
            .Order()
            .ToList();
        var escaped = new StringBuilder(text);
        foreach (var at in Enumerable.Reverse(ats))
        {
            escaped.Insert(at, '\\');
        }

        foreach (var citation in citations)
        {
            var where = At(text, citation.Start, position);
            var keys = string.Join(", ", citation.Items.Select(i => "@" + i.Key));
            var warning = new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.CitationWithoutBibliography, where,
                $"the citation {text.Substring(citation.Start, citation.Length)} ({keys}) has no bibliography to resolve it, as in lamd, which shows it as text: " +
                "it is imported as text (its '@' escaped); to keep it a citation, name the .bib in the talk's front matter (bibliography: refs.bib) or give _lamd.yml a bibdir, and import again");
            if (!diagnostics.Contains(warning))
            {
                diagnostics.Add(warning);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Where <paramref name="offset"/> of a text that starts at <paramref name="start"/> is.</summary>
    private static SourcePosition At(string text, int offset, SourcePosition start)
    {
        var lines = 0;
        var lineStart = -1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
                lineStart = i;
            }
        }

        return lines == 0 ? start with { Column = start.Column + offset } : start with { Line = start.Line + lines, Column = offset - lineStart };
    }
}
