namespace TalkDsl.Generators.Models;

/// <summary>What a body call does.</summary>
internal enum StepKind
{
    Heading,
    Content,
    Include,
    Thanks,
    References,
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
/// One body call of a chain (<c>Section</c>, <c>Markdown</c>, <c>Include</c>, …) with its constant
/// argument. <see cref="Text"/> is the heading title or the normalised Markdown; null when not constant,
/// or for <c>NewSlide()</c> without a title. Locations are filled for the analyzer only.
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
    LocationInfo? Argument);
