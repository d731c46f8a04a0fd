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
public sealed class NotesHtmlWriter : ITalkWriter
{
    private readonly TextWriter _output;

    private readonly NotesOptions _options;

    private readonly NotesBody _body;

    /// <param name="output">Receives the page; the writer does not dispose it.</param>
    /// <param name="options">The MathJax URL and slides link; <see cref="NotesOptions.Default"/> when null.</param>
    public NotesHtmlWriter(TextWriter output, NotesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? NotesOptions.Default;
        _body = new NotesBody(output, _options);
    }

    /// <inheritdoc/>
    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _body.Begin(metadata);
        TalkHtml.WritePageStart(_output, metadata);
        WriteStyle(metadata.Paper);
        _output.Line("<script>");
        _output.Line($"window.MathJax = {{ {TalkHtml.MathJaxTexConfig(metadata.Notation)} }};");
        _output.Line("</script>");
        _output.Line($"<script id=\"MathJax-script\" async src=\"{HtmlText.Escape(_options.MathJaxUrl)}\"></script>");
        _output.Line("</head>");
        _output.Line("<body>");
        WriteHeader(metadata);
    }

    /// <inheritdoc/>
    public void Heading(HeadingLevel level, string? title, string? anchor) => _body.Heading(level, title, anchor);

    /// <inheritdoc/>
    public void Content(ContentTarget target, string markdown, bool allowHtml) => _body.Content(target, markdown, allowHtml);

    /// <inheritdoc/>
    public void Media(Media media) => _body.Media(media);

    /// <inheritdoc/>
    public void Figure(Media media, string caption, string? label) => _body.Figure(media, caption, label);

    /// <inheritdoc/>
    public void Columns(Media left, Media right, string leftWidth, string rightWidth) => _body.Columns(left, right, leftWidth, rightWidth);

    /// <inheritdoc/>
    public void Fragment(string markdown) => _body.Fragment(markdown);

    /// <inheritdoc/>
    public void Code(CodeKind kind, string code, string language) => _body.Code(kind, code, language);

    /// <inheritdoc/>
    public void EditLink(string sourceFile) => _body.EditLink(sourceFile);

    /// <inheritdoc/>
    public void Thanks(string anchor) => _body.Thanks(anchor);

    /// <inheritdoc/>
    public void References(string anchor) => _body.References(anchor);

    /// <inheritdoc/>
    public void EndTalk()
    {
        _body.End();
        _output.Line("</body>");
        _output.Line("</html>");
        _output.Flush();
    }

    private void WriteStyle(PaperSettings? paper)
    {
        _output.Line("<style>");
        _output.Line("body { max-width: 42em; margin: 0 auto; padding: 2em 1em; font-family: Georgia, \"Times New Roman\", serif; line-height: 1.5; color: #222; }");
        _output.Line("h1, h2, h3, .title { font-family: \"Helvetica Neue\", Arial, sans-serif; line-height: 1.2; }");
        _output.Line("#title-block-header { margin-bottom: 2em; text-align: center; }");
        _output.Line("#title-block-header .author, #title-block-header .venue, #title-block-header .date { margin: 0.3em 0; }");
        _output.Line(".abstract { margin: 1.5em 2em; text-align: left; font-size: 0.95em; }");
        _output.Line(".abstract-title { font-weight: bold; text-align: center; }");
        _output.Line("table { border-collapse: collapse; margin: 1em 0; }");
        _output.Line("th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; }");
        _output.Line("pre, code { font-family: Menlo, Consolas, monospace; font-size: 0.9em; }");
        _output.Line("blockquote { margin: 1em 2em; color: #555; }");
        _output.Line("img { max-width: 100%; }");
        _output.Line("@media print { body { max-width: none; padding: 0; } a { color: inherit; } .slides-link { display: none; } }");
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
            _output.Line($"@page {{ size: {size};{margin} }}");
        }

        _output.Line("</style>");
    }

    private void WriteHeader(TalkMetadata metadata)
    {
        _output.Line("<header id=\"title-block-header\">");
        TalkHtml.WriteTitleBlock(_output, metadata, ", ");
        if (_options.SlidesLink is { } slides)
        {
            _output.Line($"<p class=\"slides-link\"><a href=\"{HtmlText.Escape(slides)}\">Slides</a></p>");
        }

        if (metadata.Abstract is { Length: > 0 } summary)
        {
            _output.Line("<div class=\"abstract\">");
            _output.Line("<div class=\"abstract-title\">Abstract</div>");
            _output.Write(MarkdownRenderer.Render(summary, allowHtml: false).Html);
            _output.Line("</div>");
        }

        _output.Line("</header>");
    }
}
