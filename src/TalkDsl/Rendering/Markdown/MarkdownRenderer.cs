using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// The one Markdown renderer of every output: CommonMark with pipe tables, <c>$…$</c>/<c>$$…$$</c> math
/// in the form MathJax reads, pandoc footnotes (<see cref="PandocFootnotes"/>) and pandoc-like smart punctuation. Raw HTML is shown as text unless the
/// block opted in. The two pipelines are built once; Markdig pipelines are thread-safe.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline TextOnly = Build(allowHtml: false);

    private static readonly MarkdownPipeline WithHtml = Build(allowHtml: true);

    /// <summary>Renders <paramref name="markdown"/> and collects the links and the citation keys it cites.</summary>
    /// <param name="headingId">When given, each heading gets the id it returns for the heading's plain text.</param>
    /// <param name="citations">The talk's bibliography in its style; none when null, so every key shows as unknown.</param>
    /// <param name="firstFootnote">The number of the block's first footnote: the output numbers its footnotes across blocks.</param>
    public static RenderedMarkdown Render(string markdown, bool allowHtml, Func<string, string>? headingId = null, AuthorDateStyle? citations = null, int firstFootnote = 1)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = allowHtml ? WithHtml : TextOnly;
        if (Parse(markdown, pipeline) is not { } document)
        {
            // Nested deeper than Markdig reads (thousands of '[' or '>'): shown as the text it is.
            return new RenderedMarkdown("<p>" + Html.HtmlText.Escape(markdown) + "</p>\n", [], [], []);
        }

        SafeLinks.Neutralise(document);
        PandocTypography.CurlApostrophes(document, markdown);
        if (headingId is not null)
        {
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                // As typed, so a Markdown heading gets the id its text would get as a Subsection title.
                heading.GetAttributes().Id = headingId(InlineText.Of(heading.Inline, InlineText.AsTyped));
            }
        }

        var keys = new List<string>();
        foreach (var citation in document.Descendants<CitationInline>())
        {
            citation.Html = (citations ?? AuthorDateStyle.Empty).Render(citation.Citation);
            keys.AddRange(citation.Citation.Items.Select(item => item.Key));
        }

        var links = CitedLinks.Collect(document);
        var footnotes = PandocFootnotes.Take(document, pipeline, firstFootnote);
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        return HasRawHtml(document)
            ? new RenderedMarkdown(RawHtml.Clean(html), links, keys, footnotes.Select(note => note with { Html = RawHtml.Clean(note.Html) }).ToList())
            : new RenderedMarkdown(html, links, keys, footnotes);
    }

    /// <summary>What cleaning the raw HTML of <paramref name="markdown"/> (a block with <c>allowHtml: true</c>) removes, one description each; empty when nothing.</summary>
    public static IReadOnlyList<string> RemovedHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Parse(markdown, WithHtml) is not { } document || !HasRawHtml(document))
        {
            return [];
        }

        var removed = new List<string>();
        RawHtml.Clean(Markdig.Markdown.ToHtml(document, WithHtml), removed);
        return removed.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the block holds raw HTML (only a block that allows it parses any): then its rendering is cleaned by <see cref="RawHtml"/>.</summary>
    private static bool HasRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Any();

    /// <summary>Parses <paramref name="markdown"/> with the pipeline every output uses, smart punctuation applied, for writers that walk the syntax tree.</summary>
    public static MarkdownDocument Parse(string markdown, bool allowHtml)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, allowHtml ? WithHtml : TextOnly);
        PandocTypography.CurlApostrophes(document, markdown);
        return document;
    }

    /// <summary>The address of every image (<c>![alt](address)</c>, also by reference) in <paramref name="markdown"/>, in order.</summary>
    public static IEnumerable<string> ImageAddresses(string markdown, bool allowHtml) =>
        (Parse(markdown, allowHtml ? WithHtml : TextOnly)?.Descendants<Markdig.Syntax.Inlines.LinkInline>() ?? [])
            .Where(link => link.IsImage && !string.IsNullOrWhiteSpace(link.Url))
            .Select(link => link.Url!)
            .ToList();

    /// <summary>The parsed document, or null when Markdig refuses the nesting (it throws past its depth limit).</summary>
    private static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("deeply nested", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static MarkdownPipeline Build(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseMathematics()
            .UseFootnotes()
            .UseSmartyPants(PandocTypography.SmartyPantOptions());
        builder.Extensions.AddIfNotAlready<PandocMathExtension>();
        builder.Extensions.AddIfNotAlready<PandocFootnoteExtension>();
        builder.Extensions.AddIfNotAlready<PandocCitationExtension>();
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
