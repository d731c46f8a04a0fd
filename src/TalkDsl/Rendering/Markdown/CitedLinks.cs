using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TalkDsl.Rendering.Markdown;

/// <summary>Finds the links a Markdown document cites (images are not citations), in document order.</summary>
internal static class CitedLinks
{
    private static readonly IReadOnlyDictionary<SmartyPantType, string> Punctuation = PandocTypography.SmartyPantOptions().Mapping;

    public static IReadOnlyList<CitedLink> Collect(MarkdownDocument document)
    {
        var links = new List<CitedLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    var text = Collapse(PlainText(link));
                    links.Add(new CitedLink(text.Length == 0 ? url : text, url));
                    break;
                case AutolinkInline { Url: { Length: > 0 } address } autolink:
                    links.Add(new CitedLink(address, autolink.IsEmail ? "mailto:" + address : address));
                    break;
            }
        }

        return links;
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case MathInline math:
                text.Append(math.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case SmartyPant smarty:
                text.Append(Punctuation.TryGetValue(smarty.Type, out var mapped) && !mapped.StartsWith('&') ? mapped : smarty.ToString());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
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
