using System.Globalization;
using System.Net;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Preview.Site;

/// <summary>
/// Renders a talk's slides and notes pages for the preview, with the writers <c>dotnet run</c> uses; when a
/// page is served, adds the live-reload script (<c>live.js</c>) before <c>&lt;/body&gt;</c>.
/// </summary>
internal sealed class TalkPages(SlidesOptions slides, NotesOptions notes)
{
    /// <summary>Where the script is served.</summary>
    public const string ScriptPath = "/_talkdsl/live.js";

    /// <summary>The talk's entry with fresh pages and no diagnostics; throws what rendering throws (e.g. a talk invalid at run time).</summary>
    public TalkEntry Render(IRenderableTalk talk)
    {
        var metadata = talk.Metadata;
        var files = TalkFileNames.For(metadata);
        var slidesHtml = talk.RenderSlides(slides);
        var notesHtml = talk.RenderNotes(notes with { SlidesLink = files.Slides });
        var outline = talk is GeneratedTalk generated ? generated.Outline : null;
        return new TalkEntry(talk.Name, metadata.Title, metadata.Date, outline?.SlideCount, outline?.EstimatedDuration, files, slidesHtml, notesHtml, [], 0, 0);
    }

    /// <summary>A page of <paramref name="entry"/> as served: its HTML (a blank page until it first renders) with the live script.</summary>
    public static string Serve(TalkEntry entry, string page)
    {
        var html = (page == "slides" ? entry.SlidesHtml : entry.NotesHtml)
            ?? $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(entry.Name)}</title></head><body></body></html>\n";
        var script = $"<script src=\"{ScriptPath}\" data-talk=\"{WebUtility.HtmlEncode(entry.Name)}\" data-page=\"{page}\" data-version=\"{entry.PagesVersion.ToString(CultureInfo.InvariantCulture)}\"></script>\n";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + script : html.Insert(end, script);
    }
}
