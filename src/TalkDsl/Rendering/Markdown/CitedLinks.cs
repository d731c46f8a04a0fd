using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

/// <summary>The distinct links one output cites, by URL, in order of first appearance.</summary>
internal sealed class CitedLinkSet
{
    private readonly List<CitedLink> _links = [];

    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);

    public IReadOnlyList<CitedLink> Links => _links;

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
