using TalkDsl.Model;

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

    /// <summary>A link of the References list: its text, then its address as a hyperlink.</summary>
    public static List<OfficeRun> Reference(string text, string url) =>
        text == url ? [new OfficeRun(url, Link: url)] : [new OfficeRun(text + ": "), new OfficeRun(url, Link: url)];

    /// <summary>A YouTube video as a link to watch it: the Office files do not embed players.</summary>
    public static List<OfficeRun> YouTube(YouTubeMedia video)
    {
        var watch = "https://www.youtube.com/watch?v=" + video.VideoId;
        return [new OfficeRun("YouTube video: "), new OfficeRun(watch, Link: watch)];
    }

    /// <summary>An image that is not embedded (no media folder, a URL, SVG): its alt text and address, in italics.</summary>
    public static List<OfficeRun> MissingImage(string address, string alt) =>
        [new OfficeRun($"[image: {(alt.Length > 0 ? alt + ", " : string.Empty)}{address}]", Italic: true)];
}
