using System.Globalization;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering.Notes;

/// <summary>
/// The body of the lecture notes, shared by the notes page and the Jekyll post: headings with their
/// pandoc anchors (Section <c>h1</c>, Subsection <c>h2</c>, Subsubsection <c>h3</c>; NewSlide nothing),
/// Markdown and Notes content, media, figures with "Figure: caption", columns, fragments as plain
/// content, code as lamd's <c>sparse</c> level shows it, edit links, then Thanks! and References in
/// lamd's shape. Slides and SpeakerNotes content is left out; References lists the distinct links of the
/// content the notes show. Headings inside Markdown get pandoc ids (<see cref="MarkdownHeadingIds"/>), so
/// the body is held until the talk ends.
/// </summary>
internal sealed class NotesBody
{
    private readonly TextWriter _target;

    private readonly StringWriter _output = new(CultureInfo.InvariantCulture);

    private readonly MarkdownHeadingIds _headingIds = new();

    private readonly CitedLinkSet _links = new();

    private readonly EditLinks? _editLinks;

    private IReadOnlyList<Author> _authors = [];

    private WriterEvents _events;

    // An edit link waits for the next notes heading and goes under it, as lamd's \editme does; anything
    // else the notes show first writes it where it stands, so it is never lost.
    private string? _pendingEditUrl;

    /// <exception cref="ArgumentException">The options set an edit base URL without a source root.</exception>
    public NotesBody(TextWriter output, NotesOptions options)
    {
        _target = output;
        _editLinks = EditLinks.From(options);
    }

    /// <summary>Checks the event order and remembers the authors for Thanks.</summary>
    public void Begin(TalkMetadata metadata)
    {
        _events.Begin();
        _authors = metadata.Authors;
        _links.Style = new AuthorDateStyle(metadata.Bibliography);
    }

    /// <summary>Checks the event order, writes a waiting edit link and the held body; the owning writer completes its output.</summary>
    public void End()
    {
        _events.End();
        WritePendingEditLink();
        PandocFootnotes.Write(_output, _links.Footnotes);
        _target.Write(_headingIds.Resolve(_output.ToString()));
    }

    public void Heading(HeadingLevel level, string? title, string? anchor)
    {
        _events.Expect(nameof(Heading));
        var tag = level switch
        {
            HeadingLevel.Section => "h1",
            HeadingLevel.Subsection => "h2",
            HeadingLevel.Subsubsection => "h3",
            _ => null,
        };
        if (tag is not null)
        {
            _headingIds.Anchor(anchor);
            _output.Line($"<{tag}{TalkHtml.IdAttribute(anchor)}>{HtmlText.Escape(title)}</{tag}>");
            WritePendingEditLink();
        }
    }

    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        if (target is not (ContentTarget.Both or ContentTarget.Notes))
        {
            return;
        }

        WritePendingEditLink();
        MediaHtml.WriteMarkdown(_output, markdown, allowHtml, _links, _headingIds.Placeholder);
    }

    public void Media(Media media)
    {
        _events.Expect(nameof(Media));
        WritePendingEditLink();
        MediaHtml.Write(_output, media, _links);
    }

    public void Figure(Media media, string caption, string? label)
    {
        _events.Expect(nameof(Figure));
        WritePendingEditLink();
        MediaHtml.WriteFigureFrame(_output, media, label, _links);
        MediaHtml.WriteCaption(_output, caption, label, _links);
        MediaHtml.CloseFigure(_output);
    }

    public void Columns(Media left, Media right, string leftWidth, string rightWidth)
    {
        _events.Expect(nameof(Columns));
        WritePendingEditLink();
        MediaHtml.WriteColumns(_output, left, right, leftWidth, rightWidth, _links);
    }

    /// <summary>A fragment is plain content in the notes: there is no key press to wait for.</summary>
    public void Fragment(string markdown)
    {
        _events.Expect(nameof(Fragment));
        WritePendingEditLink();
        MediaHtml.WriteMarkdown(_output, markdown, allowHtml: false, _links, _headingIds.Placeholder);
    }

    /// <summary>Code and set-up code as a fenced block would show it; plotting code is for notebooks only.</summary>
    public void Code(CodeKind kind, string code, string language)
    {
        _events.Expect(nameof(Code));
        if (!CodeBlock.ShownInNotes(kind))
        {
            return;
        }

        WritePendingEditLink();
        _output.Line($"<pre><code class=\"language-{HtmlText.Escape(language)}\">{HtmlText.Escape(code)}");
        _output.Line("</code></pre>");
    }

    public void EditLink(string sourceFile)
    {
        _events.Expect(nameof(EditLink));
        if (_editLinks?.For(sourceFile) is not { } url)
        {
            return;
        }

        WritePendingEditLink();
        _pendingEditUrl = url;
    }

    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        _headingIds.Anchor(anchor);
        _output.Line($"<h2{TalkHtml.IdAttribute(anchor)}>{TalkHtml.ThanksTitle}</h2>");
        WritePendingEditLink();
        TalkHtml.WriteContacts(_output, _authors);
    }

    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        _headingIds.Anchor(anchor);
        _output.Line($"<h1 class=\"unnumbered\"{TalkHtml.IdAttribute(anchor)}>{TalkHtml.ReferencesTitle}</h1>");
        WritePendingEditLink();
        _output.Line("<div id=\"refs\" class=\"references\" role=\"doc-bibliography\">");
        TalkHtml.WriteReferenceList(_output, _links);
        _output.Line("</div>");
    }

    /// <summary>lamd's edit link: "[edit]", right-aligned.</summary>
    private void WritePendingEditLink()
    {
        if (_pendingEditUrl is null)
        {
            return;
        }

        _output.Line($"<div class=\"editme\" style=\"text-align:right\">[{TalkHtml.Link(_pendingEditUrl, "edit")}]</div>");
        _pendingEditUrl = null;
    }
}
