using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>What a body call does.</summary>
internal enum StepKind
{
    Heading,
    Content,
    Include,
    Thanks,
    References,

    /// <summary><c>Image(...)</c> or <c>YouTube(...)</c>: one media.</summary>
    Media,

    /// <summary><c>Figure(media, caption, label)</c>: the caption in <see cref="StepInfo.Text"/>.</summary>
    Figure,

    /// <summary><c>Columns(left, right, leftWidth, rightWidth)</c>: two media.</summary>
    Columns,

    /// <summary><c>Fragment(markdown)</c>: the Markdown in <see cref="StepInfo.Text"/>.</summary>
    Fragment,

    /// <summary><c>Code(code, kind, language)</c>: the code in <see cref="StepInfo.Text"/>.</summary>
    Code,

    /// <summary><c>EditMe()</c>: the caller's file in <see cref="StepInfo.Text"/>.</summary>
    EditLink,

    /// <summary><c>Incremental(markdown)</c> or <c>SlidesSmall(markdown)</c> (<see cref="StepInfo.SlideTextKind"/>): the Markdown in <see cref="StepInfo.Text"/>.</summary>
    SlideText,

    /// <summary><c>Animation(name, frames, target)</c>: the name in <see cref="StepInfo.Text"/>, the frames in <see cref="StepInfo.Media"/>, the target in <see cref="StepInfo.Target"/>.</summary>
    Animation,
}

/// <summary>Whether a value is known at compile time.</summary>
internal enum ValueState
{
    /// <summary>A compile-time constant the generator can replay.</summary>
    Constant,

    /// <summary>Computed at run time (TALK012): checked by <c>Validate()</c> when the talk is built.</summary>
    Dynamic,

    /// <summary>A constant the builder refuses at run time (a null title, a margin that is not a length…):
    /// the generated code builds the talk so the builder's own exception tells the user.</summary>
    Invalid,
}

/// <summary>
/// One body call of a chain (<c>Section</c>, <c>Markdown</c>, <c>Include</c>, <c>Figure</c>, …) with its constant
/// arguments. <see cref="Text"/> is the heading title, the normalised Markdown, caption or code, or the edit
/// link's file; null when not constant, or for <c>NewSlide()</c> without a title. <see cref="State"/> sums up
/// every argument: dynamic when any is computed at run time, else invalid when any is refused. Locations are
/// filled for the analyzer only.
/// </summary>
internal sealed record StepInfo(
    StepKind Kind,
    HeadingLevel Level,
    ContentTarget Target,
    string? Text,
    bool AllowHtml,
    ValueState State,
    string? PartKey,
    string? PartName,
    LocationInfo? Call,
    LocationInfo? Argument)
{
    /// <summary>The media of <c>Image</c>/<c>YouTube</c> and <c>Figure</c> (one) and <c>Columns</c> (left, right).</summary>
    public EquatableArray<MediaInfo> Media { get; init; } = EquatableArray<MediaInfo>.Empty;

    /// <summary>A figure's label, trimmed; null for none.</summary>
    public string? Label { get; init; }

    /// <summary>The columns' CSS widths, trimmed.</summary>
    public string? LeftWidth { get; init; }

    /// <inheritdoc cref="LeftWidth"/>
    public string? RightWidth { get; init; }

    /// <summary>A code block's kind; null when computed at run time.</summary>
    public CodeKind? CodeKind { get; init; }

    /// <summary>A code block's language, trimmed.</summary>
    public string? Language { get; init; }

    /// <summary>Whether a code block shows on the slides too (<c>onSlides: true</c>).</summary>
    public bool OnSlides { get; init; }

    /// <summary>How the slides show a <see cref="StepKind.SlideText"/> call.</summary>
    public SlideTextKind SlideTextKind { get; init; }

    /// <summary>The first argument computed at run time, for TALK012 on a call whose content is otherwise known (analyzer only).</summary>
    public LocationInfo? DynamicArgument { get; init; }

    /// <summary>The constants of this call the builder refuses (TALK014).</summary>
    public EquatableArray<RefusalInfo> Refusals { get; init; } = EquatableArray<RefusalInfo>.Empty;
}
