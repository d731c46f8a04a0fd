namespace TalkDsl;

// Linked into the generator (netstandard2.0) as internal types, so compile time and run time share them.
#if TALKDSL_GENERATOR
#pragma warning disable CS1591
#endif

/// <summary>The reveal.js transition between slides (lamd's <c>transition:</c> front matter).</summary>
#if TALKDSL_GENERATOR
internal
#else
public
#endif
enum Transition
{
    None,
    Slide,
    Fade,
    Convex,
    Concave,
    Zoom,
}

/// <summary>The paper size of printed notes (lamd's <c>papersize:</c> and <c>geometry:</c>).</summary>
#if TALKDSL_GENERATOR
internal
#else
public
#endif
enum PaperSize
{
    A4,
    A5,
    A3,
    Letter,
    Legal,
}

/// <summary>What a heading is: it decides the slide break and the notes heading level.</summary>
#if TALKDSL_GENERATOR
internal
#else
public
#endif
enum HeadingLevel
{
    /// <summary>lamd <c>\section</c>: a slide, and an <c>&lt;h1&gt;</c> in notes.</summary>
    Section = 1,

    /// <summary>lamd <c>\subsection</c>: a slide, and an <c>&lt;h2&gt;</c> in notes.</summary>
    Subsection = 2,

    /// <summary>lamd <c>\subsubsection</c>: an <c>&lt;h3&gt;</c> inside the current slide and in notes.</summary>
    Subsubsection = 3,

    /// <summary>lamd <c>\newslide</c>: a new slide with no heading in notes.</summary>
    NewSlide = 4,
}

/// <summary>Which outputs show a piece of content.</summary>
#if TALKDSL_GENERATOR
internal
#else
public
#endif
enum ContentTarget
{
    /// <summary>Slides and notes (<c>Markdown(...)</c>).</summary>
    Both,

    /// <summary>Slides only (lamd <c>\slides{}</c>).</summary>
    Slides,

    /// <summary>Notes only (lamd <c>\notes{}</c>).</summary>
    Notes,

    /// <summary>The speaker view of the slides only (lamd <c>\speakernotes{}</c>).</summary>
    SpeakerNotes,
}

/// <summary>
/// What a code block is for (lamd's <c>\code</c>, <c>\setupcode</c>, <c>\plotcode</c>, <c>\setupplotcode</c>,
/// <c>\displaycode</c>, <c>\setupdisplaycode</c>, <c>\helpercode</c>, <c>\setuphelpercode</c>).
/// Every kind is kept for notebook output (lamd's <c>ipynb</c> code level); the notes show <see cref="Code"/> and
/// <see cref="Setup"/>, as lamd's <c>sparse</c> code level does; the slides show none (lamd's slides build uses
/// code level <c>none</c>) unless a block asks with <c>onSlides</c>.
/// </summary>
#if TALKDSL_GENERATOR
internal
#else
public
#endif
enum CodeKind
{
    /// <summary>lamd <c>\code{}</c>: code the reader runs; shown in the notes.</summary>
    Code,

    /// <summary>lamd <c>\setupcode{}</c>: imports and set-up; shown in the notes.</summary>
    Setup,

    /// <summary>lamd <c>\plotcode{}</c>: code that draws the talk's figures; notebooks only.</summary>
    Plot,

    /// <summary>lamd <c>\setupplotcode{}</c>: set-up for plotting code; notebooks only.</summary>
    SetupPlot,

    /// <summary>lamd <c>\displaycode{}</c>: code that shows a result interactively (widgets, animations); notebooks only.</summary>
    Display,

    /// <summary>lamd <c>\setupdisplaycode{}</c>: set-up for display code; notebooks only.</summary>
    SetupDisplay,

    /// <summary>lamd <c>\helpercode{}</c>: helper functions the reader need not read; notebooks only.</summary>
    Helper,

    /// <summary>lamd <c>\setuphelpercode{}</c>: set-up for helper code; notebooks only.</summary>
    SetupHelper,
}
