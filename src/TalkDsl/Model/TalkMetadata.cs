namespace TalkDsl.Model;

/// <summary>Printed-notes page setup: lamd's <c>papersize: a4paper</c> with <c>geometry: margin=2cm</c>.</summary>
public sealed record PaperSettings(PaperSize Size, string Margin)
{
    /// <summary>The lamd/LaTeX name of the paper size, e.g. <c>a4paper</c>.</summary>
    public string LatexName => Size switch
    {
        PaperSize.Letter => "letterpaper",
        PaperSize.Legal => "legalpaper",
        _ => Size.ToString().ToLowerInvariant() + "paper",
    };
}

/// <summary>
/// Everything a talk says about itself before its first slide: lamd's YAML front matter, and the notation
/// table (<see cref="Notation"/>) that lamd's <c>\newcommand</c>s give.
/// </summary>
public sealed record TalkMetadata(
    string? Title,
    string? Subtitle,
    ValueList<Author> Authors,
    DateOnly? Date,
    string? Venue,
    string? Abstract,
    Transition Transition,
    PaperSettings? Paper,
    TimeSpan? Duration)
{
    /// <summary>Metadata with nothing set.</summary>
    public static TalkMetadata Empty { get; } = new(null, null, ValueList<Author>.Empty, null, null, null, Transition.Slide, null, null);

    /// <summary>
    /// The talk's LaTeX notation (lamd's <c>\newcommand</c>s), in the order defined: the slides and notes
    /// give it to MathJax as <c>tex.macros</c>. Empty by default; set with <c>{ Notation = [...] }</c>.
    /// </summary>
    public ValueList<NotationMacro> Notation { get; init; } = ValueList<NotationMacro>.Empty;

    /// <summary>
    /// The name the talk's files take instead of its title's slug (<c>{FileName}.slides.html</c>, …), e.g. a
    /// lamd talk's file name, which is its published URL. Null by default; set with <c>.FileName("…")</c>.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The entries the talk cites, in the order first cited, from the <c>.bib</c> files it names: what citations
    /// render from and what <c>References()</c> lists. Empty by default.
    /// </summary>
    public Bibliography Bibliography { get; init; } = Bibliography.Empty;

    /// <summary>The reveal.js theme of the slides (<c>.Theme("league")</c>), or null for the default. Set with <c>{ Theme = ... }</c>.</summary>
    public string? Theme { get; init; }

    /// <summary>
    /// The talk's own stylesheets (<c>.Stylesheet("talk.css")</c>, lamd's <c>talkcss</c>), URLs absolute or
    /// relative to the page, linked by the slides after the theme in this order. Empty by default.
    /// </summary>
    public ValueList<string> Stylesheets { get; init; } = ValueList<string>.Empty;
}
