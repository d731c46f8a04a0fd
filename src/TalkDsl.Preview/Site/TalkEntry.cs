using System.Collections.Immutable;
using TalkDsl.Output;

namespace TalkDsl.Preview.Site;

/// <summary>
/// One talk as the preview serves it: its last good pages (kept while it has errors, under the overlay),
/// what the index shows, its diagnostics, and a version that every change of its pages or diagnostics moves on.
/// </summary>
/// <param name="Name">The talk's name (its declaring type), the key pages subscribe to.</param>
/// <param name="Files">Its file names, once a title and date name them.</param>
/// <param name="SlidesHtml">The slides page as the writer rendered it (the live script is added when served).</param>
/// <param name="PagesVersion">The version the pages were rendered at: an open page of an older one reloads.</param>
/// <param name="Version">Moves on with every change of the pages, the index facts or the diagnostics.</param>
internal sealed record TalkEntry(
    string Name,
    string? Title,
    DateOnly? Date,
    int? SlideCount,
    TimeSpan? Duration,
    TalkFileNames? Files,
    string? SlidesHtml,
    string? NotesHtml,
    ImmutableArray<PreviewDiagnostic> Diagnostics,
    long PagesVersion,
    long Version)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The same pages, index facts and diagnostics: nothing an open page would reload for.</summary>
    public bool SameAs(TalkEntry other) =>
        Title == other.Title && Date == other.Date && SlideCount == other.SlideCount && Duration == other.Duration
        && Files == other.Files && SlidesHtml == other.SlidesHtml && NotesHtml == other.NotesHtml
        && Diagnostics.SequenceEqual(other.Diagnostics);
}
