using System.Collections.Immutable;
using System.Text;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// Citations a talk cannot resolve: lamd found no bibliography for the talk (no <c>bibliography:</c> in its
/// front matter that exists, no <c>bibdir</c> folder), so pandoc showed <c>[@key]</c> and <c>@key</c> as text, or
/// the key is not in the bibliography it has (pandoc shows the key with '???'). In TalkDsl an unknown key is
/// TALK015, an error: the imported project would not build. Each such citation's '@' is escaped instead
/// (<c>\@key</c>, which CommonMark shows as "@key" and the citation parser skips), so the page shows the key
/// as lamd did, and a LAMD024 warning names the place and how to keep it a citation.
/// </summary>
internal static class CitationsWithoutBibliography
{
    /// <summary>The body with every citation of a key not in <paramref name="bibliography"/> escaped, one warning per citation.</summary>
    /// <param name="bibliography">The keys the body's talk (every talk that includes it, for a part) can cite; null when it has no bibliography.</param>
    public static ImmutableArray<BodyNode> Escape(ImmutableArray<BodyNode> body, KnownKeys bibliography, ICollection<LamdDiagnostic> diagnostics) =>
        body.Select(node => Escape(node, bibliography, diagnostics)).ToImmutableArray();

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
                    case BodyInclude { Part: { } part } when seen.Add(part.Key):
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

    private static BodyNode Escape(BodyNode node, KnownKeys bibliography, ICollection<LamdDiagnostic> diagnostics) => node switch
    {
        BodyText text => text with { Text = Escape(text.Text, text.Position, bibliography, diagnostics) },
        // Code is not Markdown: a Python decorator (@property) is no citation.
        BodyConstruct construct when construct.Name.Contains("code", StringComparison.Ordinal) => construct,
        BodyConstruct construct => construct with { Arguments = construct.Arguments.Select(a => Escape(a, bibliography, diagnostics)).ToImmutableArray() },
        BodyBranch branch => branch with { Nodes = Escape(branch.Nodes, bibliography, diagnostics) },
        // A snippet included in one output only is written in place (BodyMapper): it cites what the talk can.
        BodyInclude { Part: { } part } include => include with { Part = part with { Body = Escape(part.Body, bibliography, diagnostics) } },
        _ => node,
    };

    /// <summary>
    /// <paramref name="text"/> (at <paramref name="position"/>) with its unresolvable citations escaped, one
    /// warning per citation; a warning already given (the same expansion in the slides and the notes) is not
    /// repeated. Escaping one citation can reveal another (in <c>[@a,@b]</c> "@b" is the suffix of @a's item; once
    /// @a is text, "@b" reads as a citation of its own), so it repeats until none is left to escape.
    /// </summary>
    public static string Escape(string text, SourcePosition position, KnownKeys bibliography, ICollection<LamdDiagnostic> diagnostics)
    {
        while (true)
        {
            var citations = CitationSyntax.FindAll(text).Where(c => c.Items.Any(i => !bibliography.Contains(i.Key))).ToList();
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
            foreach (var citation in citations)
            {
                var where = At(text, citation.Start, position);
                var keys = string.Join(", ", citation.Items.Select(i => "@" + i.Key));
                var why = bibliography.Files is null
                    ? "has no bibliography to resolve it, as in lamd, which shows it as text: it is imported as text (its '@' escaped); to keep it a citation, name the .bib in the talk's front matter (bibliography: refs.bib) or give _lamd.yml a bibdir, and import again"
                    : $"cites {string.Join(", ", citation.Items.Where(i => !bibliography.Contains(i.Key)).Select(i => "@" + i.Key))}, not in {bibliography.Files} (lamd's pandoc shows the key with '???'): it is imported as text (its '@' escaped); to keep it a citation, add the entry to the .bib, and import again";
                var warning = new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.CitationWithoutBibliography, where,
                    $"the citation {text.Substring(citation.Start, citation.Length)} ({keys}) {why}");
                if (!diagnostics.Contains(warning))
                {
                    diagnostics.Add(warning);
                }
            }

            var escaped = new StringBuilder(text);
            foreach (var at in Enumerable.Reverse(ats))
            {
                escaped.Insert(at, '\\');
            }

            text = escaped.ToString();
        }
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

/// <summary>The citation keys a talk (or a part, in every talk that includes it) can resolve.</summary>
/// <param name="Keys">The keys, or null when there is no bibliography at all.</param>
/// <param name="Files">The bibliographies' file names, for messages; null when there is none.</param>
internal sealed record KnownKeys(IReadOnlySet<string>? Keys, string? Files)
{
    /// <summary>No bibliography: no citation resolves.</summary>
    public static readonly KnownKeys None = new(null, null);

    public bool Contains(string key) => Keys?.Contains(key) == true;

    /// <summary>What a part included by a talk with these keys and by one with <paramref name="other"/> can resolve in both.</summary>
    public KnownKeys Both(KnownKeys other) =>
        Keys is null || other.Keys is null ? None : new(Keys.Intersect(other.Keys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), Files == other.Files ? Files : $"{Files} and {other.Files}");
}
