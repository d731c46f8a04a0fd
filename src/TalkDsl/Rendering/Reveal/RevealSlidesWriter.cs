using System.Text;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering;

/// <summary>
/// Writes a talk as one standalone reveal.js page: a title slide, a slide for content before the first
/// heading, one slide per Section, Subsection and NewSlide, a Thanks! slide and a References slide, and
/// last, as pandoc makes it, a slide of the footnotes the slides cite (<see cref="PandocFootnotes"/>);
/// exactly <see cref="TalkOutline.SlideCount"/> top-level <c>&lt;section&gt;</c>s. Markdown and Slides
/// content, media, figures, columns and fragments are shown, SpeakerNotes and figure captions go to the
/// slide's <c>&lt;aside class="notes"&gt;</c> (the speaker view), Notes and edit links are left out, and code
/// too unless it is asked for on the slides. The References slide lists the distinct links of the content
/// the slides show (Markdown and Slides), in order of first appearance. The page loads reveal.js with its
/// notes, math, highlight and zoom plugins, shows slide numbers, and hides speaker notes with its own CSS.
/// </summary>
public sealed class RevealSlidesWriter : ITalkWriter
{
    private readonly TextWriter _output;

    private readonly SlidesOptions _options;

    private readonly CitedLinkSet _links = new();

    private readonly StringBuilder _speakerNotes = new();

    // Subsubsection headings met before any slide: they go on the first slide that opens, after its
    // title, so that no heading is lost and no slide is added that the outline does not count.
    private readonly List<string> _headingsBeforeFirstSlide = [];

    private WriterEvents _events;

    private TalkMetadata _metadata = TalkMetadata.Empty;

    private bool _slideOpen;

    // After a pause (pandoc's ". . .") the rest of the slide is inside a fragment, up to the next pause.
    private bool _pauseOpen;

    // The style of animations is written once, before the first (pages without one stay as they were).
    private bool _animationStyleWritten;

    /// <param name="output">Receives the page; the writer does not dispose it.</param>
    /// <param name="options">Script URLs, theme, slide numbers and stylesheet; <see cref="SlidesOptions.Default"/> when null.</param>
    public RevealSlidesWriter(TextWriter output, SlidesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? SlidesOptions.Default;
    }

    /// <inheritdoc/>
    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _events.Begin();
        _metadata = metadata;
        _links.Style = new AuthorDateStyle(metadata.Bibliography);
        var reveal = _options.RevealUrl;
        TalkHtml.WritePageStart(_output, metadata);
        _output.Line($"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(TalkHtml.Below(reveal, "dist/reset.css"))}\">");
        _output.Line($"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(TalkHtml.Below(reveal, "dist/reveal.css"))}\">");
        var theme = _options.Theme ?? metadata.Theme ?? SlidesOptions.DefaultTheme;
        _output.Line($"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(TalkHtml.Below(reveal, $"dist/theme/{theme}.css"))}\" id=\"theme\">");
        _output.Line($"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(TalkHtml.Below(reveal, $"plugin/highlight/{_options.CodeTheme}.css"))}\" id=\"highlight-theme\">");
        _output.Line("<style>");
        // reveal.css hides speaker notes too; this holds when it fails to load, so notes never show on screen.
        _output.Line("aside.notes { display: none !important; }");
        _output.Line(".reveal #title-slide .title { font-size: 1.6em; }");
        _output.Line(".reveal #title-slide .subtitle { font-size: 0.9em; }");
        _output.Line(".reveal #title-slide .author { margin: 0.3em 0; font-size: 0.7em; line-height: 1.2; }");
        _output.Line(".reveal #title-slide .institute { font-size: 0.8em; }");
        _output.Line(".reveal #title-slide .venue, .reveal #title-slide .date { margin: 0.3em 0; font-size: 0.6em; }");
        _output.Line(".reveal .contacts, .reveal .reference-list { font-size: 0.7em; }");
        _output.Line("</style>");
        foreach (var stylesheet in metadata.Stylesheets)
        {
            TalkHtml.WriteStylesheetLink(_output, stylesheet);
        }

        TalkHtml.WriteStylesheetLink(_output, _options.Stylesheet);
        _output.Line("</head>");
        _output.Line("<body>");
        _output.Line("<div class=\"reveal\">");
        _output.Line("<div class=\"slides\">");
        WriteTitleSlide(metadata);
    }

    /// <inheritdoc/>
    /// <inheritdoc/>
    public ContentTarget Output => ContentTarget.Slides;

    public void Heading(HeadingLevel level, string? title, string? anchor)
    {
        _events.Expect(nameof(Heading));
        if (level == HeadingLevel.Subsubsection)
        {
            var heading = $"<h3{TalkHtml.IdAttribute(anchor)}>{HtmlText.Escape(title)}</h3>";
            if (_slideOpen)
            {
                _output.Line(heading);
            }
            else
            {
                _headingsBeforeFirstSlide.Add(heading);
            }

            return;
        }

        OpenSlide(anchor);
        if (title is not null)
        {
            var tag = level == HeadingLevel.Section ? "h1" : "h2";
            _output.Line($"<{tag}>{HtmlText.Escape(title)}</{tag}>");
        }

        WriteHeadingsBeforeFirstSlide();
    }

    /// <inheritdoc/>
    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        if (target == ContentTarget.Notes)
        {
            return;
        }

        EnsureSlide();
        if (target == ContentTarget.SpeakerNotes)
        {
            _speakerNotes.Append(_links.Render(markdown, allowHtml, listLinks: false).Html);
            return;
        }

        WriteWithPauses(markdown, allowHtml);
    }

    /// <inheritdoc/>
    public void Media(Media media)
    {
        _events.Expect(nameof(Media));
        EnsureSlide();
        MediaHtml.Write(_output, media, _links);
    }

    /// <inheritdoc/>
    /// <remarks>The caption goes to the slide's speaker notes, as lamd's slides put it.</remarks>
    public void Figure(Media media, string caption, string? label)
    {
        _events.Expect(nameof(Figure));
        EnsureSlide();
        MediaHtml.WriteFigureFrame(_output, media, label, _links);
        MediaHtml.CloseFigure(_output);
        _speakerNotes.Append(_links.Render(caption, allowHtml: false, listLinks: false).Html);
    }

    /// <inheritdoc/>
    public void Columns(Media left, Media right, string leftWidth, string rightWidth)
    {
        _events.Expect(nameof(Columns));
        EnsureSlide();
        MediaHtml.WriteColumns(_output, left, right, leftWidth, rightWidth, _links);
    }

    /// <inheritdoc/>
    /// <remarks>A reveal.js fragment: hidden until the next key press.</remarks>
    public void Fragment(string markdown)
    {
        _events.Expect(nameof(Fragment));
        EnsureSlide();
        _output.Line("<div class=\"fragment\">");
        MediaHtml.WriteMarkdown(_output, markdown, allowHtml: false, _links);
        _output.Line("</div>");
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Incremental: as pandoc writes an incremental list, each item of a top-level list a reveal.js fragment.
    /// Small: as lamd's slides write <c>\slidesmall</c>, inside <c>&lt;small&gt;</c>.
    /// </remarks>
    public void SlideText(SlideTextKind kind, string markdown)
    {
        _events.Expect(nameof(SlideText));
        EnsureSlide();
        var incremental = kind == SlideTextKind.Incremental;
        _output.Line(incremental ? "<div class=\"incremental\">" : "<small>");
        _output.Write(_links.Render(markdown, allowHtml: false, incremental: incremental).Html);
        _output.Line(incremental ? "</div>" : "</small>");
    }

    /// <inheritdoc/>
    /// <remarks>
    /// lamd's animation region (<c>div.lamd-animation</c>, each frame a <c>div</c> of the group's class) stepped by
    /// reveal.js rather than lamd's buttons: the frames are stacked (<c>r-stack</c>); each later frame is a
    /// fragment shown only while it is the current one, the last one staying, and the first is hidden once a
    /// later one shows (a style written before the page's first animation).
    /// </remarks>
    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target)
    {
        _events.Expect(nameof(Animation));
        if (target == ContentTarget.Notes)
        {
            return;
        }

        EnsureSlide();
        if (!_animationStyleWritten)
        {
            // Each frame fills the stack's width; the first hides once a later one shows.
            _output.Line("<style>");
            _output.Line(".reveal .lamd-animation > .animation-frame { width: 100%; }");
            _output.Line(".reveal .lamd-animation > .animation-frame:first-child:has(~ .fragment.visible) { visibility: hidden; }");
            _output.Line("</style>");
            _animationStyleWritten = true;
        }

        var group = HtmlText.Escape(name);
        _output.Line($"<div id=\"animation-{group}\" class=\"lamd-animation r-stack\" role=\"region\" aria-label=\"{group}\" data-animation-group=\"{group}\">");
        for (var i = 0; i < frames.Count; i++)
        {
            var step = i == 0 ? string.Empty : i < frames.Count - 1 ? " fragment current-visible" : " fragment";
            _output.Line($"<div class=\"{group} animation-frame{step}\" data-animation-frame=\"{i}\">");
            MediaHtml.Write(_output, frames[i], _links);
            _output.Line("</div>");
        }

        _output.Line("</div>");
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Code is for notebooks and the notes: the slides leave it out, as lamd's slides do, unless it is asked
    /// for on the slides; then it is a code block the highlight plugin colours by its language.
    /// </remarks>
    public void Code(CodeKind kind, string code, string language, bool onSlides)
    {
        _events.Expect(nameof(Code));
        if (!onSlides)
        {
            return;
        }

        EnsureSlide();
        _output.Line($"<pre><code class=\"language-{HtmlText.Escape(language)}\">{HtmlText.Escape(code)}");
        _output.Line("</code></pre>");
    }

    /// <inheritdoc/>
    /// <remarks>Edit links are for readers of the notes: the slides leave them out.</remarks>
    public void EditLink(string sourceFile) => _events.Expect(nameof(EditLink));

    /// <inheritdoc/>
    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        OpenSlide(anchor);
        _output.Line($"<h2>{TalkHtml.ThanksTitle}</h2>");
        WriteHeadingsBeforeFirstSlide();
        TalkHtml.WriteContacts(_output, _metadata.Authors);
    }

    /// <inheritdoc/>
    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        OpenSlide(anchor);
        _output.Line($"<h2>{TalkHtml.ReferencesTitle}</h2>");
        WriteHeadingsBeforeFirstSlide();
        TalkHtml.WriteReferenceList(_output, _links);
    }

    /// <inheritdoc/>
    public void EndTalk()
    {
        _events.End();
        CloseSlide();
        PandocFootnotes.Write(_output, _links.Footnotes);
        var reveal = _options.RevealUrl;
        _output.Line("</div>");
        _output.Line("</div>");
        _output.Line($"<script src=\"{HtmlText.Escape(TalkHtml.Below(reveal, "dist/reveal.js"))}\"></script>");
        _output.Line($"<script src=\"{HtmlText.Escape(TalkHtml.Below(reveal, "plugin/notes/notes.js"))}\"></script>");
        _output.Line($"<script src=\"{HtmlText.Escape(TalkHtml.Below(reveal, "plugin/math/math.js"))}\"></script>");
        _output.Line($"<script src=\"{HtmlText.Escape(TalkHtml.Below(reveal, "plugin/highlight/highlight.js"))}\"></script>");
        _output.Line($"<script src=\"{HtmlText.Escape(TalkHtml.Below(reveal, "plugin/zoom/zoom.js"))}\"></script>");
        _output.Line("<script>");
        _output.Line("Reveal.initialize({");
        _output.Line("  hash: true,");
        _output.Line($"  slideNumber: {(_options.SlideNumber is { } number ? TalkHtml.ScriptString(number) : "false")},");
        _output.Line($"  transition: {TalkHtml.ScriptString(_metadata.Transition.ToString().ToLowerInvariant())},");
        _output.Line($"  mathjax3: {{ mathjax: {TalkHtml.ScriptString(_options.MathJaxUrl)}, {TalkHtml.MathJaxTexConfig(_metadata.Notation)} }},");
        _output.Line("  plugins: [RevealNotes, RevealMath.MathJax3, RevealHighlight, RevealZoom]");
        _output.Line("});");
        _output.Line("</script>");
        _output.Line("</body>");
        _output.Line("</html>");
        _output.Flush();
    }

    private void WriteTitleSlide(TalkMetadata metadata)
    {
        _output.Line("<section id=\"title-slide\">");
        TalkHtml.WriteTitleBlock(_output, metadata, "<br>");
        _output.Line("</section>");
    }

    private void OpenSlide(string? anchor)
    {
        CloseSlide();
        _output.Line($"<section{TalkHtml.IdAttribute(anchor)}>");
        _slideOpen = true;
    }

    /// <summary>Content before the first heading gets a slide of its own (TalkEstimate counts it).</summary>
    private void EnsureSlide()
    {
        if (!_slideOpen)
        {
            OpenSlide(null);
            WriteHeadingsBeforeFirstSlide();
        }
    }

    /// <summary>The Markdown, each pause in it (pandoc's <c>. . .</c>) starting a fragment that holds the rest of the slide, as pandoc's slides do.</summary>
    private void WriteWithPauses(string markdown, bool allowHtml)
    {
        var parts = PandocPauses.Split(markdown, allowHtml);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                ClosePause();
                _output.Line("<div class=\"fragment\">");
                _pauseOpen = true;
            }

            if (parts[i].Length > 0)
            {
                MediaHtml.WriteMarkdown(_output, parts[i], allowHtml, _links);
            }
        }
    }

    private void ClosePause()
    {
        if (_pauseOpen)
        {
            _output.Line("</div>");
            _pauseOpen = false;
        }
    }

    private void WriteHeadingsBeforeFirstSlide()
    {
        foreach (var heading in _headingsBeforeFirstSlide)
        {
            _output.Line(heading);
        }

        _headingsBeforeFirstSlide.Clear();
    }

    private void CloseSlide()
    {
        if (!_slideOpen)
        {
            return;
        }

        ClosePause();
        if (_speakerNotes.Length > 0)
        {
            _output.Line("<aside class=\"notes\">");
            _output.Write(_speakerNotes.ToString());
            _output.Line("</aside>");
            _speakerNotes.Clear();
        }

        _output.Line("</section>");
        _slideOpen = false;
    }
}
