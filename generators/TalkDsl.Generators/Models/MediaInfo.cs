using TalkDsl.Rules;

namespace TalkDsl.Generators.Models;

/// <summary>
/// A media argument (<c>Media.Image(...)</c>, <c>Media.YouTube(...)</c>, <c>Media.Markdown(...)</c>, or the records'
/// constructors) with its values as the model stores them: <see cref="Text"/> is the image's path or the
/// video id (trimmed), or the Markdown (normalised when the factory normalises it); null when computed at
/// run time. A media the generator cannot read is a <see cref="RuleMediaKind.Markdown"/> of unknown text.
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
    LocationInfo? Where);
