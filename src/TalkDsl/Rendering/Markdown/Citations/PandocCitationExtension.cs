using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Rendering.Markdown.Citations;

/// <summary>A pandoc citation found in Markdown; <see cref="Html"/> is set from the talk's bibliography before it is written.</summary>
internal sealed class CitationInline : LeafInline
{
    public CitationInline(Citation citation) => Citation = citation;

    public Citation Citation { get; }

    public string? Html { get; set; }
}

/// <summary>
/// Pandoc's citation syntax in Markdig: <c>[@key]</c>, <c>[see @a; @b, p. 3]</c>, <c>[-@key]</c>, <c>@key</c>.
/// The reading is <see cref="CitationSyntax"/>'s, the same the rules check keys with; the parser runs before
/// links, so <c>[@key]</c> is a citation while <c>[@key](url)</c> stays a link.
/// </summary>
internal sealed class PandocCitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer());
        }
    }

    private sealed class CitationParser : InlineParser
    {
        public CitationParser() => OpeningCharacters = ['[', '@'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var text = slice.Text;
            var start = slice.Start;
            var end = slice.End + 1;
            var citation = slice.CurrentChar == '['
                ? CitationSyntax.TryBracketed(text, start, end)
                : CitationSyntax.TryInText(text, start, end);
            if (citation is null)
            {
                return false;
            }

            processor.Inline = new CitationInline(citation)
            {
                Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + citation.Length - 1)),
                Line = line,
                Column = column,
            };
            slice.Start = start + citation.Length;
            return true;
        }
    }

    private sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
    {
        protected override void Write(HtmlRenderer renderer, CitationInline citation) =>
            renderer.Write(citation.Html ?? AuthorDateStyle.Empty.Render(citation.Citation));
    }
}
