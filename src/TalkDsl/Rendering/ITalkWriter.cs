using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>
/// One output format. A writer receives a talk as a stream of events, in source order, with parts
/// expanded and anchors assigned; it decides what each event shows in its format. The run-time model
/// (<see cref="TalkReplay"/>) and the generated per-talk renderers send the same events.
/// </summary>
public interface ITalkWriter
{
    /// <summary>
    /// The output this writer makes: <see cref="ContentTarget.Slides"/> (reveal.js slides, PPTX, the slides' PDF and
    /// notebook) or <see cref="ContentTarget.Notes"/> (notes page, Jekyll post, DOCX, the notes' PDF and notebook).
    /// What is shown in one output only (<see cref="Model.Block.ShownIn"/>: lamd's <c>\notes{\subsection{…}}</c>,
    /// <c>\slides{\include{…}}</c>) reaches only the writers of that output, as lamd's <c>\slides{}</c>/<c>\notes{}</c>
    /// drop the other output's text before pandoc runs.
    /// </summary>
    ContentTarget Output { get; }

    /// <summary>The talk starts; the metadata is what the title slide and front matter show, and its notation what MathJax is given.</summary>
    void BeginTalk(TalkMetadata metadata);

    /// <summary>A heading. <paramref name="anchor"/> is null for <see cref="HeadingLevel.NewSlide"/>, which has no notes heading; anchors are
    /// given in the order of the headings this writer's output shows (<see cref="Output"/>), as pandoc gives ids in each lamd build.</summary>
    void Heading(HeadingLevel level, string? title, string? anchor);

    /// <summary>Markdown for the outputs that <paramref name="target"/> names.</summary>
    void Content(ContentTarget target, string markdown, bool allowHtml);

    /// <summary>An image or embedded player on its own, centred (<c>Image(...)</c>, <c>YouTube(...)</c>).</summary>
    void Media(Media media);

    /// <summary>A figure: the media, with the Markdown <paramref name="caption"/> in the speaker notes of the
    /// slide and below the figure in the notes; <paramref name="label"/> names its ids, or is null.</summary>
    void Figure(Media media, string caption, string? label);

    /// <summary>Two columns side by side, with their CSS widths.</summary>
    void Columns(Media left, Media right, string leftWidth, string rightWidth);

    /// <summary>Markdown that appears on the slide at the next key press; plain content in the notes.</summary>
    void Fragment(string markdown);

    /// <summary>Markdown the slides show as <paramref name="kind"/> says: list items one per key press (the notes leave it out), or small (plain in the notes).</summary>
    void SlideText(SlideTextKind kind, string markdown);

    /// <summary>An animation in the outputs <paramref name="target"/> names: on a slide its frames one at a time, the next at each key press; in the notes its name and every frame.</summary>
    void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target);

    /// <summary>A code block: kept for notebooks, in the notes when <see cref="CodeBlock.ShownInNotes"/>, on the slides when <paramref name="onSlides"/>.</summary>
    void Code(CodeKind kind, string code, string language, bool onSlides);

    /// <summary>An edit link for <paramref name="sourceFile"/>, the C# file that holds the call; only the notes show it, and only when configured.</summary>
    void EditLink(string sourceFile);

    /// <summary>The "Thanks!" section.</summary>
    void Thanks(string anchor);

    /// <summary>The References section.</summary>
    void References(string anchor);

    /// <summary>The talk ends: the writer completes its output.</summary>
    void EndTalk();
}
