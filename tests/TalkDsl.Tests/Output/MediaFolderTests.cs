using System.Runtime.CompilerServices;
using TalkDsl.Output;
using TalkDsl.Rendering;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Output;

/// <summary>
/// <see cref="TalkOutputOptions.MediaFolder"/>: every local image a talk shows is found there and copied
/// beside the pages; a missing one fails the whole write with the file and line of the call.
/// </summary>
public sealed class MediaFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private readonly TempFolder _media = new();

    public void Dispose()
    {
        _temp.Dispose();
        _media.Dispose();
    }

    private static TalkPart Gallery => TalkPart.Create()
        .Subsection("Gallery")
            .Columns(Media.Image("diagrams/left.svg"), Media.Markdown("![right](diagrams/right%20side.png)"));

    private static Talk Illustrated => Talk
        .Titled("Illustrated")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 9)
        .Subsection("Pictures")
            .Image("diagrams/ml/gp-prior.png", width: "70%", alt: "A prior")
            .Figure(Media.Image("diagrams/figure.jpg?v=2"), "Caption with ![an icon](icons/info.svg).")
            .Notes("In the notes: ![chart](charts/chart.png \"title\"), [a link](elsewhere.html).")
            .SpeakerNotes("Point at ![again](diagrams/ml/gp-prior.png).")
            .Markdown("Not files: ![web](https://example.org/a.png) ![inline](data:image/png;base64,iVBOR) ![site](/assets/logo.png) ![anchor](#top)")
        .Include(Gallery);

    private static readonly string[] Files =
        ["diagrams/ml/gp-prior.png", "diagrams/figure.jpg", "icons/info.svg", "charts/chart.png", "diagrams/left.svg", "diagrams/right side.png"];

    [Fact]
    public void Every_local_image_is_copied_beside_the_pages_once_and_listed_after_them()
    {
        foreach (var file in Files)
        {
            AddMedia(file);
        }

        var written = WithoutAssets(TalkOutput.Write([new RenderableTalk("Illustrated", Illustrated)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Equal(["illustrated.slides.html", "illustrated.notes.html", "2024-01-09-illustrated.md", .. Files], written.Select(p => Path.GetRelativePath(_temp.Out, p).Replace('\\', '/')));
        Assert.All(Files, file => Assert.Equal("bytes of " + file, File.ReadAllText(Path.Combine(_temp.Out, file))));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Images_inside_groups_aligned_blocks_and_divs_are_copied_and_a_missing_one_is_named()
    {
        var talk = Talk.Titled("Grouped").Author(given: "Ada").Date(2024, 1, 9).Subsection("One")
            .Figure(Media.Group(Media.Image("diagrams/one.svg", alt: "One"), Media.Markdown("![two](diagrams/two.png)")), "Two pictures.")
            .Align(Alignment.Center, Media.Image("diagrams/three.jpg", alt: "Three"))
            .Div(Media.Group(Media.Image("diagrams/four.gif", alt: "Four")), cssClass: "box");
        string[] files = ["diagrams/one.svg", "diagrams/two.png", "diagrams/three.jpg"];
        foreach (var file in files)
        {
            AddMedia(file);
        }

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([new RenderableTalk("Grouped", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));
        Assert.Contains("1 image of ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the image 'diagrams/four.gif' is not in the media folder", error.Message, StringComparison.Ordinal);

        AddMedia("diagrams/four.gif");
        var written = WithoutAssets(TalkOutput.Write([new RenderableTalk("Grouped", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Equal(["grouped.slides.html", "grouped.notes.html", "2024-01-09-grouped.md", .. files, "diagrams/four.gif"], written.Select(p => Path.GetRelativePath(_temp.Out, p).Replace('\\', '/')));
    }

    [Fact]
    public void Without_a_media_folder_nothing_is_checked_or_copied()
    {
        var written = WithoutAssets(TalkOutput.Write([new RenderableTalk("Illustrated", Illustrated)], new TalkOutputOptions(_temp.Out)));

        Assert.Equal(3, written.Count);
        Assert.Contains("src=\"diagrams/ml/gp-prior.png\"", File.ReadAllText(written[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_images_fail_the_write_each_named_with_its_file_and_line_and_nothing_changes()
    {
        AddMedia("diagrams/ml/gp-prior.png");
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "keep.txt"), "earlier output");
        var before = OutputTestTalks.Contents(_temp.Out);

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([new RenderableTalk("Illustrated", Illustrated)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.StartsWith($"5 images of the talks cannot be taken from the media folder {_media.Root}:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"  {ThisFile()}({LineOf("Media.Image(\"diagrams/figure.jpg?v=2\")")}): the image 'diagrams/figure.jpg?v=2' is not in the media folder: add {Path.Combine(_media.Root, "diagrams", "figure.jpg")}, or correct the path (talk Illustrated)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"  {ThisFile()}({LineOf("Media.Image(\"diagrams/left.svg\")")}): the image 'diagrams/left.svg' is not in the media folder", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the image 'diagrams/right%20side.png' is not in the media folder: add {Path.Combine(_media.Root, "diagrams", "right side.png")}", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"Add the files there at the paths shown, or correct the calls at the lines named, then run again.{Environment.NewLine}Nothing in {_temp.Out} was changed.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, OutputTestTalks.Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void The_talks_own_stylesheet_is_copied_from_the_media_folder_and_a_missing_one_named_by_its_line()
    {
        var talk = Talk.Titled("Styled").Author(given: "Ada").Date(2024, 1, 9).Stylesheet("css/talk.css").Stylesheet("https://example.org/a.css").Subsection("One").Markdown("x");
        var options = new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root };

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([new RenderableTalk("Styled", talk)], options));
        Assert.Contains($"  {ThisFile()}({LineOf(".Stylesheet(\"css/talk.css\")")}): the stylesheet 'css/talk.css' is not in the media folder: add {Path.Combine(_media.Root, "css", "talk.css")}, or correct the path (talk Styled)", error.Message, StringComparison.Ordinal);

        AddMedia("css/talk.css");
        var written = WithoutAssets(TalkOutput.Write([new RenderableTalk("Styled", talk)], options));

        Assert.Equal(Path.Combine(_temp.Out, "css", "talk.css"), written[^1]);
        Assert.Equal("bytes of css/talk.css", File.ReadAllText(written[^1]));
    }

    [Theory]
    [InlineData("../outside.png", "points outside the media folder")]
    [InlineData("media-talk.notes.html", "has the name of a rendered page: rename the image")]
    public void An_image_outside_the_media_folder_or_named_like_a_page_is_refused(string path, string message)
    {
        AddMedia("media-talk.notes.html");
        File.WriteAllText(Path.Combine(_temp.Root, "outside.png"), "png");
        var talk = Talk.Titled("Media talk").Author(given: "Ada").Date(2024, 1, 9).Subsection("One").Image(path);

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([new RenderableTalk("MediaTalk", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void A_talk_without_a_date_renders_its_pages_with_a_media_folder_too()
    {
        AddMedia("diagrams/ml/gp-prior.png");
        var talk = Talk.Titled("Undated").Author(given: "Ada").Subsection("One").Image("diagrams/ml/gp-prior.png", alt: "A prior");

        // The media check once named every format's file, the post too, which a talk without a date has not: an ArgumentException.
        var result = TalkOutput.WriteEach([new RenderableTalk("Undated", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root });

        Assert.Empty(result.Failures);
        Assert.Contains(result.Files, f => f.EndsWith("undated.slides.html", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.EndsWith("gp-prior.png", StringComparison.Ordinal));
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void A_FIFO_in_the_media_folder_is_refused_as_not_a_file_and_never_opened()
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_media.Root, "pipe.png")))
        {
            mkfifo.WaitForExit();
        }

        var talk = Talk.Titled("Media talk").Author(given: "Ada").Date(2024, 1, 9).Subsection("One").Image("pipe.png");

        // Opening a FIFO would block the render for ever: it must be refused from its file type alone.
        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([new RenderableTalk("MediaTalk", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Contains("the image 'pipe.png' is not a regular file", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void A_file_whose_name_starts_with_two_dots_is_inside_the_folder()
    {
        AddMedia("..dots.png");
        var talk = Talk.Titled("Dots").Author(given: "Ada").Date(2024, 1, 9).Subsection("One").Image("..dots.png");

        var written = WithoutAssets(TalkOutput.Write([new RenderableTalk("Dots", talk)], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Equal(Path.Combine(_temp.Out, "..dots.png"), written[^1]);
    }

    [Fact]
    public void A_media_folder_that_does_not_exist_is_refused_as_such()
    {
        var gone = Path.Combine(_media.Root, "gone");

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([new RenderableTalk("Illustrated", Illustrated)], new TalkOutputOptions(_temp.Out) { MediaFolder = gone }));

        Assert.StartsWith($"The media folder {gone} does not exist.{Environment.NewLine}Give the folder that holds the talks' images", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void A_talk_that_cannot_list_its_images_is_refused_with_what_to_do()
    {
        var custom = new FailingTalk("Custom", Illustrated.Build().Metadata, new InvalidOperationException("never rendered"));

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([custom], new TalkOutputOptions(_temp.Out) { MediaFolder = _media.Root }));

        Assert.Contains("a FailingTalk cannot list the images it shows: render it as a RenderableTalk, or leave MediaFolder unset (talk Custom)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diagrams/a.png", "diagrams/a.png")]
    [InlineData("a%20b.png?x=1#y", "a b.png")]
    [InlineData("./a.png", "./a.png")]
    [InlineData("https://example.org/a.png", null)]
    [InlineData("data:image/png;base64,AAAA", null)]
    [InlineData("C:/images/a.png", null)]
    [InlineData("/assets/a.png", null)]
    [InlineData("#top", null)]
    [InlineData("mailto:ada@example.org", null)]
    public void Only_relative_file_paths_are_media_files(string address, string? path) =>
        Assert.Equal(path, MediaFiles.RelativeFilePath(address));

    private void AddMedia(string relative)
    {
        var file = Path.Combine(_media.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "bytes of " + relative);
    }

    private static string ThisFile([CallerFilePath] string file = "") => file;

    /// <summary>The line of this file that holds <paramref name="code"/> (once), as the builder's caller information records it.</summary>
    private static int LineOf(string code) =>
        File.ReadAllLines(ThisFile()).Select((line, index) => (line, index)).Single(l => l.line.Contains(code, StringComparison.Ordinal)).index + 1;
}
