using System.Net;

namespace TalkDsl.Browser.Tests.Preview;

/// <summary>
/// Saves that are not an edit of one talk: a talk added and removed (the catalog changes, so the whole
/// project is emitted again), an image saved in the media folder, and a .bib edited.
/// </summary>
[Collection(ServedExampleCollection.Name)]
public sealed class ProjectChangeTests(ServedExample served)
{
    private const string NewTalk = """
        using TalkDsl;

        namespace AccelerateSpark;

        public static partial class PreviewAddedTalk
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("A Talk Added While Serving")
                .Author(given: "Ada", family: "Lovelace")
                .Date(2024, 1, 9)
                .Subsection("Added")
                    .Markdown("It appears without a restart.");
        }
        """;

    [Fact]
    public async Task A_talk_file_added_while_serving_is_listed_and_served_and_goes_when_deleted()
    {
        var file = Path.Combine(Path.GetDirectoryName(served.TalkFile)!, "PreviewAddedTalk.cs");
        using var http = new HttpClient();
        try
        {
            await File.WriteAllTextAsync(file, NewTalk);
            await served.WaitUntilAsync(() => served.Site.Find("PreviewAddedTalk")?.SlidesHtml is not null);

            var index = await http.GetStringAsync(served.Origin + "/");
            Assert.Contains("A Talk Added While Serving", index, StringComparison.Ordinal);
            Assert.Contains("Accelerate-Spark Information Session", index, StringComparison.Ordinal);
            var slides = await http.GetStringAsync(served.Origin + "/a-talk-added-while-serving.slides.html");
            Assert.Contains("It appears without a restart.", slides, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        await served.WaitUntilAsync(() => served.Site.Find("PreviewAddedTalk") is null);
        var gone = await http.GetAsync(served.Origin + "/a-talk-added-while-serving.slides.html");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.NotNull(served.Site.Find(ServedExample.TalkName)?.SlidesHtml);
    }

    private const string CitingTalk = """
        using TalkDsl;

        namespace AccelerateSpark;

        public static partial class PreviewCitingTalk
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("A Talk Citing While Serving")
                .Author(given: "Ada", family: "Lovelace")
                .Date(2024, 1, 9)
                .Bibliography("preview-refs.bib")
                .Subsection("Cited")
                    .Markdown("As the notes say [@Lovelace:notes].")
                .References();
        }
        """;

    [Fact]
    public async Task Editing_a_bib_while_serving_re_renders_the_talk_citing_from_it_and_no_other()
    {
        var folder = Path.GetDirectoryName(served.TalkFile)!;
        var bib = Path.Combine(folder, "preview-refs.bib");
        var talk = Path.Combine(folder, "PreviewCitingTalk.cs");
        try
        {
            // A new .bib needs the build's props (a full build); the talk comes with it.
            await File.WriteAllTextAsync(bib, "@book{Lovelace:notes, author = {Ada Lovelace}, title = {Notes}, publisher = {Taylor}, year = 1843}\n");
            await File.WriteAllTextAsync(talk, CitingTalk);
            await served.WaitUntilAsync(() => served.Site.Find("PreviewCitingTalk")?.SlidesHtml?.Contains("Lovelace, 1843", StringComparison.Ordinal) == true);
            var example = served.Site.Find(ServedExample.TalkName)!.PagesVersion;

            await File.WriteAllTextAsync(bib, "@book{Lovelace:notes, author = {Ada Lovelace}, title = {Notes}, publisher = {Taylor}, year = 1842}\n");

            await served.WaitUntilAsync(() => served.Site.Find("PreviewCitingTalk")?.SlidesHtml?.Contains("Lovelace, 1842", StringComparison.Ordinal) == true);
            Assert.Equal(example, served.Site.Find(ServedExample.TalkName)!.PagesVersion);
        }
        finally
        {
            File.Delete(talk);
            File.Delete(bib);
        }

        await served.WaitUntilAsync(() => served.Site.Find("PreviewCitingTalk") is null);
    }

    [Fact]
    public async Task An_image_saved_in_the_media_folder_reloads_the_open_pages()
    {
        var before = served.Site.Find(ServedExample.TalkName)!.PagesVersion;

        await File.WriteAllTextAsync(Path.Combine(served.MediaFolder, "diagrams", "dot.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>");

        await served.WaitUntilAsync(() => served.Site.Find(ServedExample.TalkName)!.PagesVersion > before);
    }
}
