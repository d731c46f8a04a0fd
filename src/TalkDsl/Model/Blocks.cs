namespace TalkDsl.Model;

/// <summary>One item of a talk's body, in source order. The body is flat, like the markdown it replaces.</summary>
public abstract record Block;

/// <summary>A heading: a slide break (except <see cref="HeadingLevel.Subsubsection"/>) and, except for
/// <see cref="HeadingLevel.NewSlide"/>, a heading in the notes.</summary>
/// <param name="Title">The title; null only for an untitled <see cref="HeadingLevel.NewSlide"/>.</param>
public sealed record HeadingBlock(HeadingLevel Level, string? Title) : Block;

/// <summary>Markdown shown in the outputs that <paramref name="Target"/> names.</summary>
/// <param name="AllowHtml">Whether raw HTML in this block passes through (off unless the author opts in).</param>
public sealed record ContentBlock(ContentTarget Target, string Markdown, bool AllowHtml = false) : Block;

/// <summary>lamd's <c>\thanks</c>: a "Thanks!" slide and notes section with the authors' contacts.</summary>
public sealed record ThanksBlock : Block;

/// <summary>lamd's <c>\references</c>: a References slide and notes section.</summary>
public sealed record ReferencesBlock : Block;
