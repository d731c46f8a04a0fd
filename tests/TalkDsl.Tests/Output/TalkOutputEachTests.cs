using TalkDsl.Output;
using TalkDsl.Rendering;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Output;

/// <summary><see cref="TalkOutput.WriteEach"/>: each talk on its own, the good ones written, the failed ones reported.</summary>
public sealed class TalkOutputEachTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_talk_with_errors_is_reported_with_its_file_and_line_and_the_others_are_written()
    {
        var broken = new RunTimeTalk("Broken", () => Talk.Titled("Broken").Author("Ada").Date(2024, 1, 9).Subsection("").Slides("x"));
        var line = LineOfThisCall() - 1;

        var result = TalkOutput.WriteEach([Renderable("First talk", 9), broken, Renderable("Last talk", 11)], new TalkOutputOptions(_temp.Out));

        Assert.Equal(["Firsttalk", "Lasttalk"], result.RenderedTalks);
        Assert.Equal(6, result.TalkFiles.Count);
        Assert.Equal(BundledAssets.Paths.Count, result.RuntimeFiles.Count);
        Assert.All(result.Files, path => Assert.True(File.Exists(path), path));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("Broken", failure.TalkName);
        Assert.Contains($"{nameof(TalkOutputEachTests)}.cs({line}): error TALK003", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith($"Its files in {_temp.Out} were left as they were.", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["2024-01-09-first-talk.md", "2024-01-11-last-talk.md", "first-talk.notes.html", "first-talk.slides.html", "last-talk.notes.html", "last-talk.slides.html"], Contents(_temp.Out).Keys.Where(k => !k.StartsWith(BundledAssets.FolderName, StringComparison.Ordinal)));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void A_talk_failing_after_its_slides_leaves_its_old_files_and_writes_none_of_its_new_ones()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "half.notes.html"), "old notes");
        var half = new NotesFailingTalk(Renderable("Half"));

        var result = TalkOutput.WriteEach([half, Renderable("Whole")], new TalkOutputOptions(_temp.Out));

        Assert.Equal(["Whole"], result.RenderedTalks);
        Assert.Contains("The talk Half (\"Half\") was not rendered: The notes renderer broke.", Assert.Single(result.Failures).Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Out, "half.slides.html")));
        Assert.Equal("old notes", File.ReadAllText(Path.Combine(_temp.Out, "half.notes.html")));
        Assert.True(File.Exists(Path.Combine(_temp.Out, "whole.slides.html")));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Two_talks_with_the_same_file_name_write_the_first_and_report_the_second()
    {
        var result = TalkOutput.WriteEach([Renderable("Same", 9), new RenderableTalk("Other", Dated("Same", 10))], new TalkOutputOptions(_temp.Out));

        Assert.Equal(["Same"], result.RenderedTalks);
        Assert.Equal("Other", Assert.Single(result.Failures).TalkName);
        Assert.Contains("would both be written to same.*", result.Failures[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_fails_only_the_talk_that_shows_it()
    {
        var media = Path.Combine(_temp.Root, "media");
        Directory.CreateDirectory(media);
        File.WriteAllText(Path.Combine(media, "here.png"), "png");
        var shown = new RenderableTalk("Shown", Talk.Titled("Shown").Author("Ada").Date(2024, 1, 9).Subsection("One").Image("here.png"));
        var missing = new RenderableTalk("Missing", Talk.Titled("Missing").Author("Ada").Date(2024, 1, 9).Subsection("One").Image("gone.png"));
        var line = LineOfThisCall() - 1;

        var result = TalkOutput.WriteEach([shown, missing], new TalkOutputOptions(_temp.Out) { MediaFolder = media });

        Assert.Equal(["Shown"], result.RenderedTalks);
        Assert.Contains(Path.Combine(_temp.Out, "here.png"), result.Files);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("Missing", failure.TalkName);
        Assert.StartsWith("1 image of the talk Missing cannot be taken from the media folder", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"{nameof(TalkOutputEachTests)}.cs({line}): the image 'gone.png' is not in the media folder", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_back_once_per_talk_whether_it_rendered_or_failed()
    {
        var done = new List<string>();

        TalkOutput.WriteEach([Renderable("One"), new NotesFailingTalk(Renderable("Two")), Renderable("Three")], new TalkOutputOptions(_temp.Out), done.Add);

        Assert.Equal(["One", "Two", "Three"], done);
    }

    [Fact]
    public void When_every_talk_fails_nothing_is_written()
    {
        var result = TalkOutput.WriteEach([new NotesFailingTalk(Renderable("Only"))], new TalkOutputOptions(_temp.Out));

        Assert.Empty(result.RenderedTalks);
        Assert.Empty(result.Files);
        Assert.Single(result.Failures);
        Assert.False(Directory.Exists(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void The_stylesheet_is_copied_once_and_linked_from_every_slides_and_notes_page_but_not_the_post()
    {
        var css = Path.Combine(_temp.Root, "talk.css");
        File.WriteAllText(css, ".reveal h2 { color: teal; }");

        var result = TalkOutput.WriteEach([Renderable("First", 9), Renderable("Second", 10)], new TalkOutputOptions(_temp.Out) { Stylesheet = css });

        Assert.Equal(Path.Combine(_temp.Out, "talk.css"), result.TalkFiles[^1]);
        Assert.Equal(".reveal h2 { color: teal; }", File.ReadAllText(Path.Combine(_temp.Out, "talk.css")));
        foreach (var page in new[] { "first.slides.html", "first.notes.html", "second.slides.html", "second.notes.html" })
        {
            Assert.Contains("<link rel=\"stylesheet\" href=\"talk.css\">", File.ReadAllText(Path.Combine(_temp.Out, page)), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("talk.css", File.ReadAllText(Path.Combine(_temp.Out, "2024-01-09-first.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_stylesheet_fails_the_whole_output_and_changes_nothing()
    {
        var css = Path.Combine(_temp.Root, "nowhere.css");

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.WriteEach([Renderable("First")], new TalkOutputOptions(_temp.Out) { Stylesheet = css }));

        Assert.Equal($"The stylesheet {css} does not exist.{Environment.NewLine}Give the path of a CSS file (relative to the current directory or absolute), then run again.{Environment.NewLine}Nothing in {_temp.Out} was changed.", error.Message);
        Assert.Null(error.TalkName);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Write_stays_all_or_nothing_over_the_same_talks()
    {
        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([Renderable("Whole"), new NotesFailingTalk(Renderable("Half"))], new TalkOutputOptions(_temp.Out)));

        Assert.Equal("Half", error.TalkName);
        Assert.EndsWith($"Nothing in {_temp.Out} was changed.", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    private static int LineOfThisCall([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;
}
