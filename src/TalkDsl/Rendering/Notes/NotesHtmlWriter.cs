using TalkDsl.Authoring;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Notes;
using TalkDsl.Rules;

namespace TalkDsl.Rendering;

/// <summary>
/// Writes a talk's lecture notes as one standalone HTML5 page: a header (title, subtitle, authors,
/// venue, date, abstract), then the notes body: Markdown and Notes content under <c>h1</c>/<c>h2</c>/<c>h3</c>
/// headings whose ids are pandoc's, Thanks! and References. Prints on the paper the header asks for.
/// </summary>
public sealed class NotesHtmlWriter : NotesWriter
{
    /// <param name="output">Receives the page; the writer does not dispose it.</param>
    /// <param name="options">The MathJax URL and slides link; <see cref="NotesOptions.Default"/> when null.</param>
    public NotesHtmlWriter(TextWriter output, NotesOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc/>
    private protected override void WriteStart(TalkMetadata metadata)
    {
        TalkHtml.WritePageStart(Output, metadata);
        WriteStyle(metadata.Paper);
        Output.Line("<script>");
        Output.Line($"window.MathJax = {{ {TalkHtml.MathJaxTexConfig(metadata.Notation)} }};");
        Output.Line("</script>");
        Output.Line($"<script id=\"MathJax-script\" async src=\"{HtmlText.Escape(Options.MathJaxUrl)}\"></script>");
        TalkHtml.WriteStylesheetLink(Output, Options.Stylesheet);
        Output.Line("</head>");
        Output.Line("<body>");
        WriteHeader(metadata);
    }

    /// <inheritdoc/>
    private protected override void WriteEnd()
    {
        Output.Line("</body>");
        Output.Line("</html>");
    }

    private void WriteStyle(PaperSettings? paper)
    {
        Output.Line("<style>");
        Output.Line("body { max-width: 42em; margin: 0 auto; padding: 2em 1em; font-family: Georgia, \"Times New Roman\", serif; line-height: 1.5; color: #222; }");
        Output.Line("h1, h2, h3, .title { font-family: \"Helvetica Neue\", Arial, sans-serif; line-height: 1.2; }");
        Output.Line("#title-block-header { margin-bottom: 2em; text-align: center; }");
        Output.Line("#title-block-header .author, #title-block-header .venue, #title-block-header .date { margin: 0.3em 0; }");
        Output.Line(".abstract { margin: 1.5em 2em; text-align: left; font-size: 0.95em; }");
        Output.Line(".abstract-title { font-weight: bold; text-align: center; }");
        Output.Line("table { border-collapse: collapse; margin: 1em 0; }");
        Output.Line("th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; }");
        Output.Line("pre, code { font-family: Menlo, Consolas, monospace; font-size: 0.9em; }");
        Output.Line("blockquote { margin: 1em 2em; color: #555; }");
        Output.Line("img { max-width: 100%; }");
        // Speaker notes belong to the speaker view: hidden here even when raw HTML brings one in.
        Output.Line("aside.notes { display: none !important; }");
        Output.Line("@media print { body { max-width: none; padding: 0; } a { color: inherit; } .slides-link { display: none; } }");
        if (paper is not null)
        {
            var size = paper.Size switch
            {
                PaperSize.Letter => "letter",
                PaperSize.Legal => "legal",
                _ => paper.Size.ToString(),
            };

            // The margin is CSS inside <style>, where escaping does not apply: only a plain length passes.
            var margin = Lengths.IsValid(paper.Margin) ? $" margin: {paper.Margin.Trim()};" : string.Empty;
            Output.Line($"@page {{ size: {size};{margin} }}");
        }

        Output.Line("</style>");
    }

    private void WriteHeader(TalkMetadata metadata)
    {
        Output.Line("<header id=\"title-block-header\">");
        TalkHtml.WriteTitleBlock(Output, metadata, ", ");
        if (Options.SlidesLink is { } slides)
        {
            Output.Line($"<p class=\"slides-link\">{TalkHtml.Link(slides, "Slides")}</p>");
        }

        if (metadata.Abstract is { Length: > 0 } summary)
        {
            Output.Line("<div class=\"abstract\">");
            Output.Line("<div class=\"abstract-title\">Abstract</div>");
            Output.Write(MarkdownRenderer.Render(summary, allowHtml: false).Html);
            Output.Line("</div>");
        }

        Output.Line("</header>");
    }
}
