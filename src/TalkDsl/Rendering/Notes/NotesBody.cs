using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;

namespace TalkDsl.Rendering.Notes;

/// <summary>
/// The body of the lecture notes, shared by the notes page and the Jekyll post: headings with their
/// pandoc anchors (Section <c>h1</c>, Subsection <c>h2</c>, Subsubsection <c>h3</c>; NewSlide nothing),
/// Markdown and Notes content, then Thanks! and References in lamd's shape. Slides and SpeakerNotes
/// content is left out; References lists the distinct links of the content the notes show.
/// </summary>
internal sealed class NotesBody(TextWriter output)
{
    private readonly CitedLinkSet _links = new();

    private IReadOnlyList<Author> _authors = [];

    private WriterEvents _events;

    /// <summary>Checks the event order and remembers the authors for Thanks.</summary>
    public void Begin(TalkMetadata metadata)
    {
        _events.Begin();
        _authors = metadata.Authors;
    }

    /// <summary>Checks the event order; the owning writer completes its output.</summary>
    public void End() => _events.End();

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
            output.Line($"<{tag}{TalkHtml.IdAttribute(anchor)}>{HtmlText.Escape(title)}</{tag}>");
        }
    }

    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        if (target is not (ContentTarget.Both or ContentTarget.Notes))
        {
            return;
        }

        var rendered = MarkdownRenderer.Render(markdown, allowHtml);
        _links.AddRange(rendered.Links);
        output.Write(rendered.Html);
    }

    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        output.Line($"<h2{TalkHtml.IdAttribute(anchor)}>{TalkHtml.ThanksTitle}</h2>");
        TalkHtml.WriteContacts(output, _authors);
    }

    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        output.Line($"<h1 class=\"unnumbered\"{TalkHtml.IdAttribute(anchor)}>{TalkHtml.ReferencesTitle}</h1>");
        output.Line("<div id=\"refs\" class=\"references\" role=\"doc-bibliography\">");
        TalkHtml.WriteReferenceList(output, _links.Links);
        output.Line("</div>");
    }
}
