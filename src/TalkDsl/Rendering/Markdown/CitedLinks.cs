using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering.Markdown;

/// <summary>Finds the links a Markdown document cites (images are not citations), in document order.</summary>
internal static class CitedLinks
{
    public static IReadOnlyList<CitedLink> Collect(MarkdownDocument document)
    {
        var links = new List<CitedLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    var text = Collapse(InlineText.Of(link, InlineText.AsShown));
                    links.Add(new CitedLink(text.Length == 0 ? url : text, url));
                    break;
                case AutolinkInline { Url: { Length: > 0 } address } autolink:
                    links.Add(new CitedLink(address, autolink.IsEmail ? "mailto:" + address : address));
                    break;
            }
        }

        return links;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// What one output cites, for its References: the distinct links, by URL, in order of first appearance, and
/// the bibliography entries its citations name, rendered in <see cref="Style"/>; and its footnotes, numbered across its blocks.
/// </summary>
internal sealed class CitedLinkSet
{
    private readonly List<CitedLink> _links = [];

    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);

    private readonly List<Model.BibliographyEntry> _entries = [];

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    private readonly List<RenderedFootnote> _footnotes = [];

    private int _footnoteCount;

    public IReadOnlyList<CitedLink> Links => _links;

    /// <summary>The entries cited so far, once each (keys the bibliography lacks are left out).</summary>
    public IReadOnlyList<Model.BibliographyEntry> Entries => _entries;

    /// <summary>The footnotes of the blocks rendered so far, numbered across them, for the output's footnotes section.</summary>
    public IReadOnlyList<RenderedFootnote> Footnotes => _footnotes;

    /// <summary>The number of the next footnote cited (the formats without HTML number each citation of a note).</summary>
    public int NextFootnote() => ++_footnoteCount;

    /// <summary>The talk's bibliography in its style; set when the talk begins.</summary>
    public AuthorDateStyle Style { get; set; } = AuthorDateStyle.Empty;

    /// <summary>Renders Markdown in this output's style and records what it cites.</summary>
    /// <param name="listLinks">Whether its links go to References too (not for speaker notes, which the audience does not see; their citations do).</param>
    public RenderedMarkdown Render(string markdown, bool allowHtml, Func<string, string>? headingId = null, bool listLinks = true)
    {
        var rendered = MarkdownRenderer.Render(markdown, allowHtml, headingId, Style, _footnoteCount + 1);
        _footnotes.AddRange(rendered.Footnotes);
        _footnoteCount += rendered.Footnotes.Count;
        if (listLinks)
        {
            AddRange(rendered.Links);
        }

        AddEntries(rendered.CitedKeys);
        return rendered;
    }

    /// <summary>The parts of one citation in this output's style, its entries recorded for References (the formats without HTML).</summary>
    public IReadOnlyList<CitationPart> Cite(Rules.Citations.Citation citation)
    {
        AddEntries(citation.Items.Select(item => item.Key));
        return Style.Parts(citation);
    }

    private void AddEntries(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (Style.Find(key) is { } entry && _keys.Add(key))
            {
                _entries.Add(entry);
            }
        }
    }

    public void AddRange(IEnumerable<CitedLink> links)
    {
        foreach (var link in links)
        {
            if (_urls.Add(link.Url))
            {
                _links.Add(link);
            }
        }
    }
}
