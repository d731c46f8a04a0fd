using TalkDsl.Model;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering.Office;

/// <summary>The lines the PowerPoint and Word files show alike: an author's contacts, a reference, a YouTube link, an image that is not embedded.</summary>
internal static class OfficeContent
{
    /// <summary>The author's name, twitter handle and web page, as the Thanks! slide lists them.</summary>
    public static List<OfficeRun> Contact(Author author)
    {
        var runs = new List<OfficeRun> { new(author.DisplayName) };
        if (author.TwitterHandle is { } twitter)
        {
            runs.Add(new OfficeRun("  "));
            runs.Add(new OfficeRun("@" + twitter, Link: "https://twitter.com/" + twitter));
        }

        if (author.Url is { } url)
        {
            runs.Add(new OfficeRun("  "));
            runs.Add(new OfficeRun(url, Link: url));
        }

        return runs;
    }

    /// <summary>
    /// The References list, as the HTML pages have it: the entries the output cites, sorted as the style sorts
    /// them ("Lawrence, N.D., 2017. Title. Journal." then the DOI or URL as a hyperlink); when it cites none, the
    /// distinct links it shows.
    /// </summary>
    /// <returns>Each line's runs, with the key of its entry (citations link to it), or null for a link.</returns>
    public static IReadOnlyList<(string? Key, List<OfficeRun> Runs)> References(CitedLinkSet cited, IEnumerable<(string Text, string Url)> links) =>
        cited.Entries.Count > 0
            ? AuthorDateStyle.Sort(cited.Entries).Select(entry => ((string?)entry.Key, Entry(cited.Style, entry))).ToList()
            : links.DistinctBy(l => l.Url).Select(link => ((string?)null, Reference(link.Text, link.Url))).ToList();

    /// <summary>A YouTube video as a link to watch it (the Office files do not embed players), named by its title, the text alternative, when it has one.</summary>
    public static List<OfficeRun> YouTube(YouTubeMedia video)
    {
        var watch = "https://www.youtube.com/watch?v=" + video.VideoId;
        return [new OfficeRun(video.Title is null ? "YouTube video: " : $"YouTube video \u201C{video.Title}\u201D: "), new OfficeRun(watch, Link: watch)];
    }

    /// <summary>A link of the References list: its text, then its address as a hyperlink.</summary>
    private static List<OfficeRun> Reference(string text, string url) =>
        text == url ? [new OfficeRun(url, Link: url)] : [new OfficeRun(text + ": "), new OfficeRun(url, Link: url)];

    private static List<OfficeRun> Entry(AuthorDateStyle style, BibliographyEntry entry) =>
        AuthorDateStyle.Address(entry) is { } address
            ? [new OfficeRun(style.EntryText(entry) + " "), new OfficeRun(address, Link: address)]
            : [new OfficeRun(style.EntryText(entry))];

    /// <summary>An image that is not embedded (no media folder, a URL, SVG): its alt text and address, in italics.</summary>
    public static List<OfficeRun> MissingImage(string address, string alt) =>
        [new OfficeRun($"[image: {(alt.Length > 0 ? alt + ", " : string.Empty)}{address}]", Italic: true)];
}
