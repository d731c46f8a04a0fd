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

    /// <summary>Adds an author (lamd's <c>author:</c> list). Only the given name is required.</summary>
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
        string given,
        string? family = null,
        string? institute = null,
        string? url = null,
        string? twitter = null,
        string? gscholar = null,
        string? orcid = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(given);
        if (string.IsNullOrWhiteSpace(given) && string.IsNullOrWhiteSpace(family))
        {
            throw new ArgumentException("An author needs a name: give 'given' or 'family'.", nameof(given));
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

        if (!Rules.Lengths.IsValid(margin))
        {
            throw new ArgumentException($"The margin '{margin}' is not a length: write a number and a unit (cm, mm, in or pt), e.g. \"2cm\".", nameof(margin));
        }

        return With(Header with { Paper = new PaperSettings(size, margin.Trim()) });
    }

    /// <summary>Sets the time the talk may take; TALK009 warns when the estimate is longer.</summary>
    public TalkHeader Duration(TimeSpan duration, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return With(Header with { Duration = duration, DurationSpot = new SourceSpot(file, line) });
    }

    /// <inheritdoc cref="TalkBody.Section"/>
    public TalkBody Section(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Section(title, file, line);

    /// <inheritdoc cref="TalkBody.Subsection"/>
    public TalkBody Subsection(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Subsection(title, file, line);

    /// <inheritdoc cref="TalkBody.Subsubsection"/>
    public TalkBody Subsubsection(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Subsubsection(title, file, line);

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

    /// <inheritdoc cref="TalkBody.Include"/>
    public TalkBody Include(TalkPart part, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => ToBody().Include(part, file, line);

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
    public TalkBody Section(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Section, title, new(file, line)));

    /// <summary>A subsection (lamd <c>\subsection</c>): a new slide, and an <c>&lt;h2&gt;</c> in the notes.</summary>
    public TalkBody Subsection(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsection, title, new(file, line)));

    /// <summary>A subsubsection (lamd <c>\subsubsection</c>): an <c>&lt;h3&gt;</c> on the current slide and in the notes.</summary>
    public TalkBody Subsubsection(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsubsection, title, new(file, line)));

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

    /// <summary>Includes a <c>[TalkPart]</c> here (lamd <c>\include{}</c>). A part already included is skipped.</summary>
    public TalkBody Include(TalkPart part, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Include(part, new(file, line)));

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
