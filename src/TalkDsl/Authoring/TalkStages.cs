using System.Runtime.CompilerServices;
using TalkDsl.Authoring;
using TalkDsl.Model;

namespace TalkDsl;

/// <summary>
/// The header of a talk (lamd's front matter): title, authors, date, venue and settings. The first body
/// call (<see cref="Section"/>, <see cref="Markdown"/>, …) moves on to the <see cref="TalkBody"/>, after
/// which header calls are no longer available.
/// </summary>
public sealed class TalkHeader : Talk
{
    internal TalkHeader(HeaderState header, StepList? body)
        : base(header, body)
    {
    }

    /// <summary>Sets the title (lamd's <c>title:</c>).</summary>
    public new TalkHeader Titled(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(title);
        return With(Header with { Title = title, TitleSpot = new SourceSpot(file, line) });
    }

    /// <summary>Sets the subtitle, shown under the title on the title slide.</summary>
    public TalkHeader Subtitle(string subtitle)
    {
        ArgumentNullException.ThrowIfNull(subtitle);
        return With(Header with { Subtitle = subtitle });
    }

    /// <summary>Adds an author (lamd's <c>author:</c> list): a given or a family name is required (an organisation may have only a family name).</summary>
    /// <param name="given">The given name(s), e.g. "Neil D.".</param>
    /// <param name="family">The family name, e.g. "Lawrence".</param>
    /// <param name="institute">The institution shown on the title slide.</param>
    /// <param name="url">An absolute http(s) URL of the author's home page.</param>
    /// <param name="twitter">A twitter handle, with or without the <c>@</c>.</param>
    /// <param name="gscholar">A Google Scholar user id.</param>
    /// <param name="orcid">An ORCID iD.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public new TalkHeader Author(
        string? given = null,
        string? family = null,
        string? institute = null,
        string? url = null,
        string? twitter = null,
        string? gscholar = null,
        string? orcid = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        if (Rules.ValueChecks.AuthorName(given, family) is { } noName)
        {
            throw new ArgumentException(noName, nameof(given));
        }

        var author = new Author(Blank(given), Blank(family), Blank(institute), Blank(url), Blank(twitter), Blank(gscholar), Blank(orcid));
        return With(Header with { Authors = Header.Authors.Add((author, new SourceSpot(file, line))) });
    }

    /// <summary>Sets the date of the talk. An impossible date is reported as TALK010 and left out.</summary>
    public TalkHeader Date(int year, int month, int day, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(Header with { Date = (year, month, day), DateSpot = new SourceSpot(file, line) });

    /// <summary>Sets the date of the talk.</summary>
    public TalkHeader Date(DateOnly date, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Date(date.Year, date.Month, date.Day, file, line);

    /// <summary>Sets where the talk is given (lamd's <c>venue:</c>).</summary>
    public TalkHeader Venue(string venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return With(Header with { Venue = venue });
    }

    /// <summary>Sets the abstract (Markdown), shown at the top of the notes.</summary>
    public TalkHeader Abstract(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return With(Header with { Abstract = Rules.MarkdownText.Normalize(markdown) });
    }

    /// <summary>Sets the reveal.js transition between slides (lamd's <c>transition:</c>). The default is <see cref="TalkDsl.Transition.Slide"/>.</summary>
    public TalkHeader Transition(Transition transition)
    {
        if (!Enum.IsDefined(transition))
        {
            throw new ArgumentOutOfRangeException(nameof(transition), transition, "Not a Transition value.");
        }

        return With(Header with { Transition = transition });
    }

    /// <summary>Sets the paper of printed notes (lamd's <c>papersize:</c> and <c>geometry: margin=…</c>).</summary>
    /// <param name="size">The paper size.</param>
    /// <param name="margin">A CSS/LaTeX length such as "2cm", "15mm" or "1in".</param>
    public TalkHeader Paper(PaperSize size, string margin = "2cm")
    {
        ArgumentNullException.ThrowIfNull(margin);
        if (!Enum.IsDefined(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Not a PaperSize value.");
        }

        if (Rules.ValueChecks.Margin(margin) is { } notALength)
        {
            throw new ArgumentException(notALength, nameof(margin));
        }

        return With(Header with { Paper = new PaperSettings(size, margin.Trim()) });
    }

    /// <summary>
    /// Names the talk's files (<c>{name}.slides.html</c>, <c>{name}.notes.html</c>, <c>{date}-{name}.md</c>)
    /// instead of the title's slug: two talks with one title can then be rendered together, and a talk keeps
    /// the name it is published under (an imported lamd talk keeps its file name).
    /// </summary>
    /// <param name="name">Letters, digits, '-', '_' and '.' (not first), e.g. "machine-learning-systems-design-microsoft".</param>
    /// <exception cref="ArgumentException">The name cannot name a file in the output folder.</exception>
    public TalkHeader FileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Rules.ValueChecks.FileName(name) is { } notAName)
        {
            throw new ArgumentException(notAName, nameof(name));
        }

        return With(Header with { FileName = name.Trim() });
    }

    /// <summary>Sets the time the talk may take; TALK009 warns when the estimate is longer.</summary>
    public TalkHeader Duration(TimeSpan duration, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (Rules.ValueChecks.Duration(duration) is { } notPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), notPositive);
        }
        return With(Header with { Duration = duration, DurationSpot = new SourceSpot(file, line) });
    }

    /// <summary>
    /// Adds a LaTeX notation macro to the talk (lamd's <c>\newcommand{\name}[n]{definition}</c>). The slides
    /// and the notes give the table to MathJax, so <c>$\mappingFunction(x)$</c> renders.
    /// </summary>
    /// <param name="command">The command with its backslash, e.g. <c>@"\mappingFunction"</c>: a backslash and letters.</param>
    /// <param name="definition">The LaTeX it stands for, with <c>#1</c>…<c>#9</c> for its arguments, e.g. <c>@"\mathbf{f}"</c>.</param>
    /// <param name="parameters">How many arguments the command takes, 0 to 9.</param>
    /// <exception cref="ArgumentException">The name is not a backslash and letters, it is already defined, or the definition's braces or arguments are wrong.</exception>
    public TalkHeader Notation(string command, string definition, int parameters = 0)
    {
        var macro = new NotationMacro(command, definition, parameters);
        if (Header.Notation.Any(m => m.Command == macro.Command))
        {
            throw new ArgumentException(Rules.ValueChecks.DuplicateNotation(macro.Command), nameof(command));
        }

        return With(Header with { Notation = Header.Notation.Add(macro) });
    }

    /// <summary>
    /// Names a LaTeX notation file whose <c>\newcommand</c>s the talk's math may use (lamd's <c>talk-notation.tex</c>):
    /// one file shared by a project's talks instead of <see cref="Notation"/> calls in each. A relative path starts
    /// at the folder of the C# file that calls it; the project gives its <c>*.tex</c> files to the compiler, which
    /// checks the file as you type (TALK022: missing, or a line that is not a <c>\newcommand</c>). The talk's own
    /// <see cref="Notation"/> calls replace a file's command of the same name; call it again for more files.
    /// </summary>
    /// <param name="path">The file, e.g. <c>"talk-notation.tex"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkHeader NotationFile(string path, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return With(Header with { NotationFiles = Header.NotationFiles.Add((path.Trim(), new SourceSpot(file, line))) });
    }

    /// <summary>
    /// Names a BibTeX file the talk cites from (lamd's <c>bibliography:</c>); call it again for more files. A
    /// relative path starts at the folder of the C# file that calls it. Citations in the content (<c>[@key]</c>,
    /// <c>@key</c>, <c>[see @a; @b, p. 3]</c>, <c>[-@key]</c>) render author–date and link to the entry that
    /// <c>References()</c> lists; a key the files lack is TALK015, a file that does not read is TALK019.
    /// </summary>
    /// <param name="path">The <c>.bib</c> file, e.g. <c>"references.bib"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkHeader Bibliography(string path, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return With(Header with { Bibliographies = Header.Bibliographies.Add((path.Trim(), new SourceSpot(file, line))) });
    }

    /// <summary>
    /// Sets the reveal.js theme of the slides: <c>white</c> (the default), <c>black</c>, <c>league</c>,
    /// <c>beige</c>, <c>night</c>, <c>serif</c>, <c>simple</c>, <c>solarized</c>, … A host's <c>--theme</c> wins over it.
    /// </summary>
    /// <exception cref="ArgumentException">Not one of reveal.js's themes.</exception>
    public TalkHeader Theme(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Rules.ValueChecks.Theme(name) is { } notATheme)
        {
            throw new ArgumentException(notATheme, nameof(name));
        }

        return With(Header with { Theme = name.Trim() });
    }

    /// <summary>
    /// Adds a stylesheet the slides link after the theme (lamd's <c>talkcss</c>): a URL, or a path relative to
    /// the page such as <c>"talk.css"</c>, which is copied from the media folder when one is given.
    /// Call it again to add another; later ones win.
    /// </summary>
    /// <exception cref="ArgumentException">The path is blank or not on one line.</exception>
    public TalkHeader Stylesheet(string path, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Rules.ValueChecks.Stylesheet(path) is { } problem)
        {
            throw new ArgumentException(problem, nameof(path));
        }

        return With(Header with { Stylesheets = Header.Stylesheets.Add((path.Trim(), new SourceSpot(file, line))) });
    }

    /// <inheritdoc cref="TalkBody.Section"/>
    public TalkBody Section(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Section(title, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Subsection"/>
    public TalkBody Subsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Subsection(title, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Subsubsection"/>
    public TalkBody Subsubsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Subsubsection(title, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.NewSlide"/>
    public TalkBody NewSlide(string? title = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().NewSlide(title, file, line);

    /// <inheritdoc cref="TalkBody.Markdown"/>
    public TalkBody Markdown(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Markdown(markdown, allowHtml, file, line);

    /// <inheritdoc cref="TalkBody.Slides"/>
    public TalkBody Slides(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Slides(markdown, allowHtml, file, line);

    /// <inheritdoc cref="TalkBody.Notes"/>
    public TalkBody Notes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Notes(markdown, allowHtml, file, line);

    /// <inheritdoc cref="TalkBody.SpeakerNotes"/>
    public TalkBody SpeakerNotes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().SpeakerNotes(markdown, allowHtml, file, line);

    /// <inheritdoc cref="TalkBody.Image"/>
    public TalkBody Image(string path, string? width = null, string? alt = null, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Image(path, width, alt, cssClass, style, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.YouTube"/>
    public TalkBody YouTube(string videoId, string? width = null, string? title = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().YouTube(videoId, width, title, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Figure"/>
    public TalkBody Figure(Media media, string caption, string? label = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Figure(media, caption, label, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Columns(string, string, string, string, ContentTarget, string, int)"/>
    public TalkBody Columns(string left, string right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Columns(left, right, leftWidth, rightWidth, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Columns(Media, Media, string, string, ContentTarget, string, int)"/>
    public TalkBody Columns(Media left, Media right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Columns(left, right, leftWidth, rightWidth, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Fragment"/>
    public TalkBody Fragment(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Fragment(markdown, file, line);

    /// <inheritdoc cref="TalkBody.Incremental"/>
    public TalkBody Incremental(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Incremental(markdown, file, line);

    /// <inheritdoc cref="TalkBody.SlidesSmall"/>
    public TalkBody SlidesSmall(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().SlidesSmall(markdown, file, line);

    /// <inheritdoc cref="TalkBody.Animation"/>
    public TalkBody Animation(string name, IReadOnlyList<Media> frames, ContentTarget target = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Animation(name, frames, target, file, line);

    /// <inheritdoc cref="TalkBody.Align(Alignment, string, ContentTarget, string, int)"/>
    public TalkBody Align(Alignment alignment, string markdown, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Align(alignment, markdown, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Align(Alignment, Media, ContentTarget, string, int)"/>
    public TalkBody Align(Alignment alignment, Media content, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Align(alignment, content, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Div(string, string?, string?, ContentTarget, string, int)"/>
    public TalkBody Div(string markdown, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Div(markdown, cssClass, style, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Div(Media, string?, string?, ContentTarget, string, int)"/>
    public TalkBody Div(Media content, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Div(content, cssClass, style, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Code"/>
    public TalkBody Code(string code, CodeKind kind = CodeKind.Code, string language = "python", bool onSlides = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ToBody().Code(code, kind, language, onSlides, file, line);

    /// <inheritdoc cref="TalkBody.EditMe"/>
    public TalkBody EditMe([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().EditMe(file, line);

    /// <inheritdoc cref="TalkBody.Include"/>
    public TalkBody Include(TalkPart part, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Include(part, shownIn, file, line);

    /// <inheritdoc cref="TalkBody.Thanks"/>
    public TalkClosing Thanks([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Thanks(file, line);

    /// <inheritdoc cref="TalkBody.References"/>
    public TalkEnd References([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().References(file, line);

    private TalkHeader With(HeaderState header) => new(header, Body);

    private TalkBody ToBody() => new(Header, Body);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// The body of a talk: headings and content, attached to the current heading in order, like the
/// markdown it replaces. Ends with <see cref="Thanks"/> and/or <see cref="References"/>, or simply stops.
/// </summary>
public sealed class TalkBody : Talk
{
    internal TalkBody(HeaderState header, StepList? body)
        : base(header, body)
    {
    }

    /// <summary>A section (lamd <c>\section</c>): a new slide, and an <c>&lt;h1&gt;</c> in the notes.</summary>
    /// <param name="shownIn">The one output the heading shows in (lamd's <c>\notes{\section{…}}</c>, <c>\slides{\section{…}}</c>):
    /// <see cref="ContentTarget.Notes"/> for a notes heading with no slide break, <see cref="ContentTarget.Slides"/> for a
    /// slide heading with no notes heading; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    public TalkBody Section(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Section, title, new(file, line), shownIn));

    /// <summary>A subsection (lamd <c>\subsection</c>): a new slide, and an <c>&lt;h2&gt;</c> in the notes.</summary>
    /// <param name="shownIn">The one output the heading shows in (lamd's <c>\notes{\subsection{…}}</c>, <c>\slides{\subsection{…}}</c>):
    /// <see cref="ContentTarget.Notes"/> for a notes heading with no slide break, <see cref="ContentTarget.Slides"/> for a
    /// slide heading with no notes heading; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    public TalkBody Subsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsection, title, new(file, line), shownIn));

    /// <summary>A subsubsection (lamd <c>\subsubsection</c>): an <c>&lt;h3&gt;</c> on the current slide and in the notes.</summary>
    /// <param name="shownIn">The one output the heading shows in (lamd's <c>\notes{\subsubsection{…}}</c>, <c>\slides{\subsubsection{…}}</c>):
    /// <see cref="ContentTarget.Notes"/> for a notes heading with no slide break, <see cref="ContentTarget.Slides"/> for a
    /// slide heading with no notes heading; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    public TalkBody Subsubsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsubsection, title, new(file, line), shownIn));

    /// <summary>A new slide (lamd <c>\newslide</c>), with an optional title; the notes get no heading.</summary>
    public TalkBody NewSlide(string? title = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.NewSlide(title, new(file, line)));

    /// <summary>Markdown shown in the slides and the notes. Common indentation is removed.</summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c>/<c>$$…$$</c> math.</param>
    /// <param name="allowHtml">Pass raw HTML in this block through; off by default, so HTML shows as text.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkBody Markdown(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Both, markdown, allowHtml, new(file, line)));

    /// <summary>Markdown shown on the slides only (lamd <c>\slides{}</c>).</summary>
    /// <inheritdoc cref="Markdown" path="/param"/>
    public TalkBody Slides(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Slides, markdown, allowHtml, new(file, line)));

    /// <summary>Markdown shown in the notes only (lamd <c>\notes{}</c>).</summary>
    /// <inheritdoc cref="Markdown" path="/param"/>
    public TalkBody Notes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Notes, markdown, allowHtml, new(file, line)));

    /// <summary>Markdown for the speaker view only (lamd <c>\speakernotes{}</c>): an <c>&lt;aside class="notes"&gt;</c> on the slide.</summary>
    /// <inheritdoc cref="Markdown" path="/param"/>
    public TalkBody SpeakerNotes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.SpeakerNotes, markdown, allowHtml, new(file, line)));

    /// <summary>
    /// An image, centred in the slides and the notes (lamd <c>\includepng</c>, <c>\includejpg</c>,
    /// <c>\includegif</c>, <c>\includeimg</c>, <c>\includediagram</c>). It counts as one line of slide content.
    /// </summary>
    /// <param name="path">The file, relative to the rendered page (e.g. <c>"diagrams/ml/gp-prior.png"</c>), or a URL.</param>
    /// <param name="width">A CSS width such as <c>"70%"</c> or <c>"400px"</c>; null for the image's own size.</param>
    /// <param name="alt">What the image shows, for readers who cannot see it; plain text.</param>
    /// <param name="cssClass">CSS class names for the image in the HTML pages (lamd <c>\includediagram{file}{width}{class}</c>); null for none.</param>
    /// <param name="style">An inline style for the image in the HTML pages (lamd <c>\includediagram{file}{width}{class}{style}</c>); null for none. Only a safe style passes: no <c>url(…)</c>, no quotes.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">The path is blank, the width is not a CSS length, or the class or style is refused (TALK014 at compile time).</exception>
    public TalkBody Image(string path, string? width = null, string? alt = null, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Image(path, width, alt, cssClass, style), new(file, line), shownIn));

    /// <summary>An embedded YouTube player, in the slides and the notes (lamd <c>\includeyoutube{id}</c>). It counts as one line of slide content.</summary>
    /// <param name="videoId">The 11-character id after <c>watch?v=</c> in the video's URL.</param>
    /// <param name="width">A CSS width such as <c>"80%"</c> or <c>"640px"</c>; null for 80%. The height follows at 16:9.</param>
    /// <param name="title">What the video shows, for readers who cannot watch it (the player's <c>title</c>); plain text, not Markdown. Without one, TALK020 warns.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">The id is not a YouTube video id or the width is not a CSS length.</exception>
    public TalkBody YouTube(string videoId, string? width = null, string? title = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.YouTube(videoId, width, title), new(file, line), shownIn));

    /// <summary>
    /// A figure (lamd <c>\figure{contents}{caption}{label}</c>): on the slide the media, with the caption in
    /// the slide's speaker notes; in the notes the media with "Figure: caption" below it.
    /// </summary>
    /// <param name="media"><see cref="TalkDsl.Media.Image"/>, <see cref="TalkDsl.Media.YouTube"/>, <see cref="TalkDsl.Media.Markdown"/>, or several of
    /// them (<see cref="TalkDsl.Media.Group"/>, e.g. lamd's figures of several diagrams), aligned or in a div (<see cref="TalkDsl.Media.Align"/>, <see cref="TalkDsl.Media.Div"/>).</param>
    /// <param name="caption">Markdown saying what the figure shows; common indentation is removed.</param>
    /// <param name="label">Names the figure in the notes (ids <c>{label}-figure</c> and <c>{label}-caption</c>), e.g. <c>"gp-prior"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">The caption is blank or the label has characters an id cannot.</exception>
    public TalkBody Figure(Media media, string caption, string? label = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Figure(media, caption, label, new(file, line), shownIn));

    /// <summary>Two columns of Markdown side by side, in the slides and the notes (lamd <c>\columns{left}{right}{w1}{w2}</c>).</summary>
    /// <param name="left">Markdown of the left column; common indentation is removed.</param>
    /// <param name="right">Markdown of the right column; common indentation is removed.</param>
    /// <param name="leftWidth">The left column's CSS width, e.g. <c>"50%"</c>.</param>
    /// <param name="rightWidth">The right column's CSS width, e.g. <c>"50%"</c>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">A width is not a CSS length.</exception>
    public TalkBody Columns(string left, string right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Columns(TalkDsl.Media.Markdown(left), TalkDsl.Media.Markdown(right), leftWidth, rightWidth, new(file, line), shownIn));

    /// <summary>Two columns side by side, each an image, a player or Markdown (lamd <c>\columns</c> holding <c>\includediagram</c>…).</summary>
    /// <param name="left">The left column.</param>
    /// <param name="right">The right column.</param>
    /// <inheritdoc cref="Columns(string, string, string, string, ContentTarget, string, int)" path="/param[@name='leftWidth' or @name='rightWidth' or @name='file' or @name='line']"/>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">A width is not a CSS length.</exception>
    public TalkBody Columns(Media left, Media right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Columns(left, right, leftWidth, rightWidth, new(file, line), shownIn));

    /// <summary>Markdown lined up left, centred or right, in the slides and the notes (lamd <c>\alignleft{}</c>, <c>\aligncenter{}</c>, <c>\alignright{}</c>, <c>\centerdiv{}</c>).</summary>
    /// <param name="alignment">How the content lines up.</param>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math; common indentation is removed.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    public TalkBody Align(Alignment alignment, string markdown, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Align(alignment, TalkDsl.Media.Markdown(markdown)), new(file, line), shownIn));

    /// <summary>Media lined up left, centred or right (lamd <c>\aligncenter{\includejpg{…}}</c>…).</summary>
    /// <param name="alignment">How the content lines up.</param>
    /// <param name="content">An image, a player, Markdown, or several (<see cref="TalkDsl.Media.Group"/>).</param>
    /// <inheritdoc cref="Align(Alignment, string, ContentTarget, string, int)" path="/param[@name='file' or @name='line']"/>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    public TalkBody Align(Alignment alignment, Media content, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Align(alignment, content), new(file, line), shownIn));

    /// <summary>
    /// Markdown in a block with CSS classes and an inline style (lamd <c>\div{content}{class}{style}</c>): a
    /// <c>&lt;div&gt;</c> in the slides and the notes, the content alone in the other formats. Style the class in the talk's stylesheet.
    /// </summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math; common indentation is removed.</param>
    /// <param name="cssClass">CSS class names, e.g. <c>"centered"</c>; null for none.</param>
    /// <param name="style">An inline style, e.g. <c>"font-size:80%"</c>; null for none. Only a safe style passes: no <c>url(…)</c>, no quotes.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">The class or the style is refused (TALK014 at compile time).</exception>
    public TalkBody Div(string markdown, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Div(TalkDsl.Media.Markdown(markdown), cssClass, style), new(file, line), shownIn));

    /// <summary>Media in a block with CSS classes and an inline style (lamd <c>\div{\includediagram{…}}{class}{style}</c>).</summary>
    /// <param name="content">An image, a player, Markdown, or several (<see cref="TalkDsl.Media.Group"/>).</param>
    /// <inheritdoc cref="Div(string, string?, string?, ContentTarget, string, int)" path="/param[@name='cssClass' or @name='style' or @name='file' or @name='line']"/>
    /// <param name="shownIn">The one output it shows in (lamd's <c>\slides{…}</c>, <c>\notes{…}</c> around it):
    /// <see cref="ContentTarget.Slides"/> or <see cref="ContentTarget.Notes"/>; <see cref="ContentTarget.Both"/> (the default) for both.</param>
    /// <exception cref="ArgumentException">The class or the style is refused (TALK014 at compile time).</exception>
    public TalkBody Div(Media content, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Div(content, cssClass, style), new(file, line), shownIn));

    /// <summary>Markdown that appears on the slide at the next key press (lamd <c>\fragment{text}</c>, a reveal.js fragment); plain content in the notes.</summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math; common indentation is removed.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkBody Fragment(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Fragment(markdown, new(file, line)));

    /// <summary>
    /// Markdown whose list items appear on the slide one per key press (lamd <c>\slidesincremental{}</c>, pandoc's
    /// incremental lists); the notes leave it out, as lamd's do.
    /// </summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math, usually a list; common indentation is removed.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkBody Incremental(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.SlideText(SlideTextKind.Incremental, markdown, new(file, line)));

    /// <summary>Markdown in smaller text on the slide (lamd <c>\slidesmall{}</c>); plain content in the notes.</summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math; common indentation is removed.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkBody SlidesSmall(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.SlideText(SlideTextKind.Small, markdown, new(file, line)));

    /// <summary>
    /// An animation (lamd <c>\startanimation</c> … <c>\newframe</c> … <c>\endanimation</c>): on the slide its frames
    /// show one at a time in one place, the next at each key press, the last staying; in the notes, as lamd's
    /// notes show it, "Animation sequence: <paramref name="name"/>" and every frame in turn.
    /// </summary>
    /// <param name="name">Names the animation (lamd's group): letters, digits, '-', '_', '.' or ':', e.g. <c>"pca-directions"</c>.</param>
    /// <param name="frames">The frames in order, at least one: images, players or Markdown, e.g. <c>[Media.Image("diagrams/pca-0.svg", "60%"), Media.Image("diagrams/pca-1.svg", "60%")]</c>.</param>
    /// <param name="target">Where it shows: <see cref="ContentTarget.Both"/>, or only the <see cref="ContentTarget.Slides"/> (lamd's <c>\slides{}</c>) or the <see cref="ContentTarget.Notes"/>.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The name is not a label, there is no frame, or the target is the speaker notes.</exception>
    public TalkBody Animation(string name, IReadOnlyList<Media> frames, ContentTarget target = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Animation(name, frames, target, new(file, line)));

    /// <summary>
    /// Code for the talk's notebook (lamd <c>\code</c>, <c>\setupcode</c>, <c>\plotcode</c>, <c>\setupplotcode</c>,
    /// <c>\displaycode</c>, <c>\setupdisplaycode</c>, <c>\helpercode</c>, <c>\setuphelpercode</c>; lamd's
    /// <c>\loadcode{name}{module}</c> is <c>Code("from module import name")</c>).
    /// The notes show <see cref="CodeKind.Code"/> and <see cref="CodeKind.Setup"/> blocks, as lamd's
    /// <c>sparse</c> code level does; the slides show it, highlighted, only with <paramref name="onSlides"/>.
    /// Common indentation is removed.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">What the code is for; plotting, display and helper code is for notebooks only.</param>
    /// <param name="language">The language name of a fenced code block; it picks the highlighting.</param>
    /// <param name="onSlides">Show the code on the current slide too, with syntax highlighting.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The code is blank or the language is not a language name.</exception>
    public TalkBody Code(string code, CodeKind kind = CodeKind.Code, string language = "python", bool onSlides = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Code(kind, code, language, onSlides, new(file, line)));

    /// <summary>
    /// A link to edit this file's source (lamd <c>\editme</c>), placed under the next heading of the notes.
    /// The notes show it only when <see cref="Rendering.NotesOptions.EditBaseUrl"/> is set; the slides never do.
    /// </summary>
    /// <param name="file">Filled in by the compiler: the file the link edits.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public TalkBody EditMe([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.EditLink(new(file, line)));

    /// <summary>Includes a <c>[TalkPart]</c> here (lamd <c>\include{}</c>). A part already included is skipped.</summary>
    /// <param name="shownIn">The one output the part shows in (lamd's <c>\slides{\include{…}}</c>, <c>\notes{\include{…}}</c>):
    /// its content, headings included, goes to that output only; <see cref="ContentTarget.Both"/> (the default) for both.
    /// As lamd's include guards, set in each of its builds, a part shows at most once in each output: a part first
    /// included in the notes only still shows in the slides where it is included again.</param>
    public TalkBody Include(TalkPart part, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Include(part, new(file, line), shownIn));

    /// <summary>A "Thanks!" slide and notes section with the authors' contacts (lamd <c>\thanks</c>).</summary>
    public TalkClosing Thanks([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(Header, StepList.Append(Body, new BodyStep(new ThanksBlock(), null, new(file, line))));

    /// <summary>A References slide and notes section listing the links the talk cites (lamd <c>\references</c>). Nothing may follow.</summary>
    public TalkEnd References([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(Header, StepList.Append(Body, new BodyStep(new ReferencesBlock(), null, new(file, line))));

    private TalkBody With(BodyStep step) => new(Header, StepList.Append(Body, step));
}

/// <summary>A talk after <see cref="TalkBody.Thanks"/>: only <see cref="References"/> may follow.</summary>
public sealed class TalkClosing : Talk
{
    internal TalkClosing(HeaderState header, StepList? body)
        : base(header, body)
    {
    }

    /// <inheritdoc cref="TalkBody.References"/>
    public TalkEnd References([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(Header, StepList.Append(Body, new BodyStep(new ReferencesBlock(), null, new(file, line))));
}

/// <summary>A finished talk, after <see cref="TalkBody.References"/>: nothing may follow.</summary>
public sealed class TalkEnd : Talk
{
    internal TalkEnd(HeaderState header, StepList? body)
        : base(header, body)
    {
    }
}
