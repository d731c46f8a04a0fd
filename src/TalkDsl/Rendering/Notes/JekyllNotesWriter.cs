using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Notes;

namespace TalkDsl.Rendering;

/// <summary>
/// Writes a talk's lecture notes as a Jekyll post in lamd's shape: YAML front matter (title, venue,
/// authors, date, <c>reveal:</c> link, layout, categories), then the notes body as HTML, the same body
/// <see cref="NotesHtmlWriter"/> writes, without the page around it (the Jekyll layout provides that).
/// </summary>
public sealed class JekyllNotesWriter : ITalkWriter
{
    private readonly TextWriter _output;

    private readonly NotesOptions _options;

    private readonly NotesBody _body;

    /// <param name="output">Receives the post; the writer does not dispose it.</param>
    /// <param name="options">The <c>reveal:</c> link, layout and categories; <see cref="NotesOptions.Default"/> when null.</param>
    public JekyllNotesWriter(TextWriter output, NotesOptions? options = null)
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
        JekyllFrontMatter.Write(_output, metadata, _options);
        WriteNotation(metadata.Notation);
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
        _output.Flush();
    }

    /// <summary>
    /// The site's layout loads MathJax with its own configuration, so the post defines the talk's notation
    /// in hidden math that MathJax reads first: lamd's <c>\newcommand</c>s, escaped as text.
    /// </summary>
    private void WriteNotation(IReadOnlyList<NotationMacro> notation)
    {
        if (notation.Count == 0)
        {
            return;
        }

        _output.Line("<div class=\"notation\" style=\"display:none\">");
        foreach (var macro in notation)
        {
            _output.Line($"\\({HtmlText.Escape(macro.ToLatex())}\\)");
        }

        _output.Line("</div>");
    }
}
