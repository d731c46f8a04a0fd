namespace TalkDsl.Model;

/// <summary>One item of a talk's body, in source order. The body is flat, like the markdown it replaces.</summary>
public abstract record Block
{
    private readonly ContentTarget _shownIn;

    /// <summary>
    /// The one output this block shows in, or both (the default): a heading written with <c>shownIn:</c>
    /// (lamd's <c>\notes{\subsection{…}}</c>, <c>\slides{\section{…}}</c>), or a block of a part included with
    /// <c>Include(part, shownIn: …)</c> (lamd's <c>\slides{\include{…}}</c>). Only the writers of that output
    /// (<see cref="Rendering.ITalkWriter.Output"/>) receive it. Never <see cref="ContentTarget.SpeakerNotes"/>.
    /// </summary>
    public ContentTarget ShownIn
    {
        get => _shownIn;
        init => _shownIn = Rules.ValueChecks.ShownIn(value) is { } problem ? throw new ArgumentException(problem, nameof(ShownIn)) : value;
    }
}

/// <summary>A heading: a slide break (except <see cref="HeadingLevel.Subsubsection"/>) and, except for
/// <see cref="HeadingLevel.NewSlide"/>, a heading in the notes. With <see cref="Block.ShownIn"/> one output
/// only: <see cref="ContentTarget.Notes"/> is a notes heading with no slide break, <see cref="ContentTarget.Slides"/>
/// a slide (its title on it) with no notes heading.</summary>
/// <param name="Title">The title; null only for an untitled <see cref="HeadingLevel.NewSlide"/>.</param>
public sealed record HeadingBlock(HeadingLevel Level, string? Title) : Block;

/// <summary>Markdown shown in the outputs that <paramref name="Target"/> names.</summary>
/// <param name="AllowHtml">Whether raw HTML in this block passes through (off unless the author opts in).</param>
public sealed record ContentBlock(ContentTarget Target, string Markdown, bool AllowHtml = false) : Block;

/// <summary>lamd's <c>\thanks</c>: a "Thanks!" slide and notes section with the authors' contacts.</summary>
public sealed record ThanksBlock : Block;

/// <summary>lamd's <c>\references</c>: a References slide and notes section.</summary>
public sealed record ReferencesBlock : Block;

/// <summary>
/// An image or embedded player on its own (<c>Image(...)</c>, <c>YouTube(...)</c>; lamd <c>\includepng</c>,
/// <c>\includediagram</c>, <c>\includeyoutube</c>…), centred in the slides and the notes.
/// </summary>
public sealed record MediaBlock(Media Media) : Block
{
    /// <summary>What is shown.</summary>
    public Media Media { get; } = Media ?? throw new ArgumentNullException(nameof(Media));
}

/// <summary>
/// lamd's <c>\figure{contents}{caption}{label}</c>: the media in the slides with the caption in the
/// slide's speaker notes; in the notes a figure with the caption below it ("Figure: …").
/// </summary>
/// <param name="Media">The figure's contents.</param>
/// <param name="Caption">Markdown, never empty.</param>
/// <param name="Label">Names the figure's element ids (<c>{label}-figure</c>, <c>{label}-caption</c>), or null.</param>
public sealed record FigureBlock(Media Media, string Caption, string? Label = null) : Block
{
    /// <summary>The figure's contents.</summary>
    public Media Media { get; } = Media ?? throw new ArgumentNullException(nameof(Media));

    /// <summary>The caption, Markdown.</summary>
    public string Caption { get; } = ModelChecks.Accept(
        Caption ?? throw new ArgumentNullException(nameof(Caption)), Rules.ValueChecks.Caption(Caption), nameof(Caption));

    /// <summary>The label, trimmed, or null.</summary>
    public string? Label { get; } = ModelChecks.Label(Label, nameof(Label));
}

/// <summary>lamd's <c>\columns{left}{right}{leftWidth}{rightWidth}</c>: two columns side by side, in the slides and the notes.</summary>
/// <param name="LeftWidth">A CSS width, e.g. <c>50%</c>.</param>
/// <param name="RightWidth">A CSS width, e.g. <c>50%</c>.</param>
public sealed record ColumnsBlock(Media Left, Media Right, string LeftWidth = "50%", string RightWidth = "50%") : Block
{
    /// <summary>The left column.</summary>
    public Media Left { get; } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The right column.</summary>
    public Media Right { get; } = Right ?? throw new ArgumentNullException(nameof(Right));

    /// <summary>The left column's CSS width.</summary>
    public string LeftWidth { get; } = ModelChecks.Width(LeftWidth, nameof(LeftWidth), "left column's width");

    /// <summary>The right column's CSS width.</summary>
    public string RightWidth { get; } = ModelChecks.Width(RightWidth, nameof(RightWidth), "right column's width");
}

/// <summary>lamd's <c>\fragment{text}</c>: on a slide it appears at the next key press; in the notes it is plain content.</summary>
public sealed record FragmentBlock(string Markdown) : Block
{
    /// <summary>The Markdown.</summary>
    public string Markdown { get; } = Markdown ?? throw new ArgumentNullException(nameof(Markdown));
}

/// <summary>
/// lamd's <c>\code{}</c>, <c>\setupcode{}</c>, <c>\plotcode{}</c>, <c>\setupplotcode{}</c> and the display and helper
/// kinds (<see cref="CodeKind"/>): code kept for
/// notebook output. The notes show <see cref="CodeKind.Code"/> and <see cref="CodeKind.Setup"/> blocks, as
/// lamd's <c>sparse</c> code level does; the slides show the block only when <see cref="OnSlides"/>.
/// </summary>
/// <param name="Language">The language name of a fenced code block, e.g. <c>python</c>.</param>
public sealed record CodeBlock(CodeKind Kind, string Code, string Language = "python") : Block
{
    /// <summary>What the code is for.</summary>
    public CodeKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a CodeKind value.");

    /// <summary>The code, never blank.</summary>
    public string Code { get; } = ModelChecks.Accept(
        Code ?? throw new ArgumentNullException(nameof(Code)), Rules.ValueChecks.Code(Code), nameof(Code));

    /// <summary>The language name, trimmed.</summary>
    public string Language { get; } = ModelChecks.Language(Language, nameof(Language));

    /// <summary>Whether the slides show this block too, highlighted (<c>Code(..., onSlides: true)</c>). Default: false.</summary>
    public bool OnSlides { get; init; }

    /// <summary>Whether the notes show this block (lamd's <c>sparse</c> code level): code and set-up code, not plotting code.</summary>
    public static bool ShownInNotes(CodeKind kind) => Rules.TypedRuleItems.ShownInNotes(kind);
}

/// <summary>
/// lamd's <c>\editme</c>: a link to edit the source of the talk or part that holds it. The slides show
/// nothing; the notes show an "edit" link under the next heading when <c>NotesOptions.EditBaseUrl</c> is set.
/// </summary>
/// <param name="SourceFile">The C# file that made the call, as the compiler names it (caller information).</param>
public sealed record EditLinkBlock(string SourceFile) : Block
{
    /// <summary>The source file's path.</summary>
    public string SourceFile { get; } = SourceFile ?? throw new ArgumentNullException(nameof(SourceFile));
}

/// <summary>
/// Markdown the slides show in a style of their own: lamd's <c>\slidesincremental{}</c>, its list items one per
/// key press, which the notes leave out (as lamd's do); <c>\slidesmall{}</c>, smaller text, plain in the notes.
/// </summary>
public sealed record SlideTextBlock(SlideTextKind Kind, string Markdown) : Block
{
    /// <summary>How the slides show it.</summary>
    public SlideTextKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a SlideTextKind value.");

    /// <summary>The Markdown.</summary>
    public string Markdown { get; } = Markdown ?? throw new ArgumentNullException(nameof(Markdown));
}

/// <summary>
/// lamd's <c>\startanimation{group}{start}{finish}{name}</c> … <c>\newframe{contents}{group}</c> … <c>\endanimation</c>:
/// frames shown one at a time in one place on the slide, the next at each key press; in the notes, as lamd's
/// notes show it, "Animation sequence: name" and every frame in turn.
/// </summary>
/// <param name="Name">Names the animation (its group in lamd): the frames' class and the region's label.</param>
/// <param name="Frames">The frames, in order; at least one.</param>
/// <param name="Target">Where it shows: the slides and the notes, or one of them.</param>
public sealed record AnimationBlock(string Name, ValueList<Media> Frames, ContentTarget Target = ContentTarget.Both) : Block
{
    /// <summary>The name, trimmed.</summary>
    public string Name { get; } = ModelChecks.Accept(
        (Name ?? throw new ArgumentNullException(nameof(Name))).Trim(), Rules.ValueChecks.AnimationName(Name), nameof(Name));

    /// <summary>The frames.</summary>
    public ValueList<Media> Frames { get; } = ModelChecks.Frames(Frames, nameof(Frames));

    /// <summary>Where it shows.</summary>
    public ContentTarget Target { get; } = Rules.ValueChecks.AnimationTarget(Target) is { } refused
        ? throw new ArgumentOutOfRangeException(nameof(Target), Target, refused)
        : Target;
}
