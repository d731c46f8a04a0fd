using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// Pandoc footnotes (<c>text[^x]</c> … <c>[^x]: note</c>) as pandoc writes them to HTML: a numbered
/// <c>footnote-ref</c> link where the note is cited, and the notes themselves collected for one
/// <c>footnotes</c> section at the end of the output (pandoc's <c>--reference-location=document</c>, its
/// default). Markdig's footnotes extension parses them; this one numbers them across the blocks of one
/// output and writes pandoc's markup in place of Markdig's. Must be added after Markdig's extension.
/// </summary>
internal sealed class PandocFootnoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new LinkRenderer());

            // The notes are written at the end of the output (PandocFootnotes.Take), not where the block ends.
            html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new GroupRenderer());
        }
    }

    private sealed class LinkRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            var number = link.Footnote.Order;
            renderer.Write(link.IsBackLink
                ? $"<a href=\"#fnref{number}\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a>"
                : $"<a href=\"#fn{number}\" class=\"footnote-ref\"{(link.Footnote.Links.IndexOf(link) == 0 ? $" id=\"fnref{number}\"" : string.Empty)} role=\"doc-noteref\"><sup>{number}</sup></a>");
        }
    }

    private sealed class GroupRenderer : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
        {
        }
    }
}

/// <summary>One footnote of an output: its number and its content as HTML (the back link included).</summary>
internal sealed record RenderedFootnote(int Number, string Html);

/// <summary>The footnotes of one parsed block: numbered from a given number on, and rendered apart from the block.</summary>
internal static class PandocFootnotes
{
    /// <summary>
    /// Numbers the block's referenced footnotes from <paramref name="first"/> on, in the order they are first
    /// cited, and renders each one's content; notes never cited are left out, as pandoc leaves them out.
    /// </summary>
    public static IReadOnlyList<RenderedFootnote> Take(MarkdownDocument document, MarkdownPipeline pipeline, int first)
    {
        var notes = document.Descendants<FootnoteGroup>().SelectMany(group => group.OfType<Footnote>())
            .Where(note => note.Order > 0)
            .OrderBy(note => note.Order)
            .ToList();
        var rendered = new List<RenderedFootnote>(notes.Count);
        foreach (var note in notes)
        {
            note.Order += first - 1;
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            renderer.WriteChildren(note);
            rendered.Add(new RenderedFootnote(note.Order, writer.ToString().Trim()));
        }

        return rendered;
    }

    /// <summary>Writes pandoc's end-of-document footnotes section (on reveal.js a slide of its own, as pandoc makes it); nothing when there are none.</summary>
    public static void Write(TextWriter output, IReadOnlyList<RenderedFootnote> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return;
        }

        output.Write("<section class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\">\n<hr />\n<ol>\n");
        foreach (var note in footnotes)
        {
            output.Write($"<li id=\"fn{note.Number}\" role=\"doc-endnote\">{note.Html}</li>\n");
        }

        output.Write("</ol>\n</section>\n");
    }
}
