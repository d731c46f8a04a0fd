using TalkDsl.Generators.Helpers;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Models;

/// <summary>
/// A media argument (<c>Media.Image(...)</c>, <c>Media.YouTube(...)</c>, <c>Media.Markdown(...)</c>, or the records'
/// constructors) with its values as the model stores them: <see cref="Text"/> is the image's path or the
/// video id (trimmed), or the Markdown (normalised when the factory normalises it); null when computed at
/// run time. A media the generator cannot read is a <see cref="RuleMediaKind.Markdown"/> of unknown text.
/// A <see cref="RuleMediaKind.Group"/> (<c>Media.Group</c>) holds its media in <see cref="Items"/>; a
/// <see cref="RuleMediaKind.Div"/> (<c>Media.Div</c>, <c>Media.Align</c>, the <c>Div</c>/<c>Align</c> calls) its one content.
/// </summary>
/// <param name="Width">The CSS width, trimmed; null for the default.</param>
/// <param name="Alt">An image's alternative text or a video's title, trimmed; null when blank.</param>
/// <param name="Where">The media argument (the Markdown argument of a Markdown media), for the analyzer only.</param>
internal sealed record MediaInfo(
    RuleMediaKind Kind,
    string? Text,
    string? Width,
    string? Alt,
    bool AllowHtml,
    LocationInfo? Where)
{
    /// <summary>A group's media or a div's content, in order.</summary>
    public EquatableArray<MediaInfo> Items { get; init; } = EquatableArray<MediaInfo>.Empty;

    /// <summary>An image's or a div's CSS class names, trimmed; null for none (blank is none).</summary>
    public string? CssClass { get; init; }

    /// <summary>An image's or a div's inline style, trimmed; null for none (blank is none).</summary>
    public string? Style { get; init; }

    /// <summary>A div's alignment (<c>Align</c>); null for none.</summary>
    public Alignment? Align { get; init; }
}
