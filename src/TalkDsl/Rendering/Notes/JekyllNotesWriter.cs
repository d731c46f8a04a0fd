using TalkDsl.Model;
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
        _body = new NotesBody(output);
    }

    /// <inheritdoc/>
    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _body.Begin(metadata);
        JekyllFrontMatter.Write(_output, metadata, _options);
    }

    /// <inheritdoc/>
    public void Heading(HeadingLevel level, string? title, string? anchor) => _body.Heading(level, title, anchor);

    /// <inheritdoc/>
    public void Content(ContentTarget target, string markdown, bool allowHtml) => _body.Content(target, markdown, allowHtml);

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
}
