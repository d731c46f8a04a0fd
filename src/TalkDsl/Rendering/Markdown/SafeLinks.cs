using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// Makes every link and image of a parsed Markdown document that <see cref="SafeUrl"/> refuses inert, before it
/// is rendered or its links are cited: a link becomes its text, an autolink its address as text, an image
/// its alt text. Inline links, reference links (resolved by then) and autolinks alike, so no
/// <c>javascript:</c> reaches an <c>href</c> or <c>src</c>; <see cref="Talk.Validate()"/> reports them (TALK021).
/// </summary>
internal static class SafeLinks
{
    public static void Neutralise(MarkdownDocument document)
    {
        // Collected first: the tree changes as links are replaced.
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when !SafeUrl.IsSafe(link.Url, link.IsImage):
                    if (link.IsImage)
                    {
                        link.ReplaceBy(new LiteralInline(InlineText.Of(link, InlineText.AsShown)), copyChildren: false);
                    }
                    else
                    {
                        Unwrap(link);
                    }

                    break;
                case AutolinkInline autolink when !SafeUrl.IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    break;
            }
        }
    }

    /// <summary>Puts a link's children (its formatted text) where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        link.MoveChildrenAfter(link);
        link.Remove();
    }
}
