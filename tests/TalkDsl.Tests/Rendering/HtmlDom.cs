using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TalkDsl.Tests.Rendering;

/// <summary>Parses rendered HTML the way a browser would, so tests can ask questions of the DOM.</summary>
internal static class HtmlDom
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The top-level slides: reveal.js counts these.</summary>
    public static IReadOnlyList<IElement> Slides(this IDocument document) =>
        document.QuerySelectorAll(".reveal > .slides > section").ToList();

    /// <summary>The text a reader sees, without the speaker notes, scripts or styles.</summary>
    public static string VisibleText(this IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll("aside.notes, script, style").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent;
    }
}
