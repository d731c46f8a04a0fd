using TalkDsl.Model;
using TalkDsl.Rendering.Notes;

namespace TalkDsl.Rendering;

/// <summary>
/// What the notes page and the Jekyll post share: every body event goes to the one notes body; the two
/// differ only in what they write around it (a standalone page, or front matter for a Jekyll layout).
/// </summary>
public abstract class NotesWriter : ITalkWriter
{
    private readonly NotesBody _body;

    /// <param name="output">Receives the notes; the writer does not dispose it.</param>
    /// <param name="options"><see cref="NotesOptions.Default"/> when null.</param>
    private protected NotesWriter(TextWriter output, NotesOptions? options)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output = output;
        Options = options ?? NotesOptions.Default;
        _body = new NotesBody(output, Options);
    }

    private protected TextWriter Output { get; }

    private protected NotesOptions Options { get; }

    /// <inheritdoc/>
    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _body.Begin(metadata);
        WriteStart(metadata);
    }

    /// <inheritdoc/>
    ContentTarget ITalkWriter.Output => ContentTarget.Notes;

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
    public void SlideText(SlideTextKind kind, string markdown) => _body.SlideText(kind, markdown);

    /// <inheritdoc/>
    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target) => _body.Animation(name, frames, target);

    /// <inheritdoc/>
    public void Code(CodeKind kind, string code, string language, bool onSlides) => _body.Code(kind, code, language);

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
        WriteEnd();
        Output.Flush();
    }

    /// <summary>What comes before the body: the page head and title block, or the front matter.</summary>
    private protected abstract void WriteStart(TalkMetadata metadata);

    /// <summary>What comes after the body.</summary>
    private protected virtual void WriteEnd()
    {
    }
}
