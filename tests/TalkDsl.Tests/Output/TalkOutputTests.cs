using TalkDsl.Model;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Rules;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Output;

public sealed class TalkOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_slides_notes_and_post_per_talk_and_returns_their_absolute_paths()
    {
        var written = WithoutAssets(TalkOutput.Write([Renderable("First talk", 9), Renderable("Second talk", 10)], new TalkOutputOptions(_temp.Out)));

        Assert.Equal(
            [
                Path.Combine(_temp.Out, "first-talk.slides.html"),
                Path.Combine(_temp.Out, "first-talk.notes.html"),
                Path.Combine(_temp.Out, "2024-01-09-first-talk.md"),
                Path.Combine(_temp.Out, "second-talk.slides.html"),
                Path.Combine(_temp.Out, "second-talk.notes.html"),
                Path.Combine(_temp.Out, "2024-01-10-second-talk.md"),
            ],
            written);
        Assert.All(written, path => Assert.True(File.Exists(path), path));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Files_hold_what_the_renderers_give_with_the_notes_linking_to_the_slides_file()
    {
        var talk = Renderable("Linked talk");
        var options = new TalkOutputOptions(_temp.Out)
        {
            Slides = SlidesOptions.Default with { RevealUrl = "vendor/reveal", MathJaxUrl = "vendor/mathjax/tex.js" },
            Notes = NotesOptions.Default with { MathJaxUrl = "vendor/mathjax/tex.js", Layout = "lecture" },
        };
        var linked = options.Notes with { SlidesLink = "linked-talk.slides.html" };

        var written = TalkOutput.Write([talk], options);

        Assert.Equal(talk.RenderSlides(options.Slides), File.ReadAllText(written[0]));
        Assert.Equal(talk.RenderNotes(linked), File.ReadAllText(written[1]));
        Assert.Equal(talk.RenderJekyllNotes(linked), File.ReadAllText(written[2]));
        Assert.Contains("vendor/reveal", File.ReadAllText(written[0]), StringComparison.Ordinal);
        Assert.Contains("\nreveal: linked-talk.slides.html\n", File.ReadAllText(written[2]), StringComparison.Ordinal);
        Assert.Contains("\nlayout: lecture\n", File.ReadAllText(written[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Creates_a_missing_output_folder_and_its_parents()
    {
        var nested = Path.Combine(_temp.Root, "a", "b", "out");

        var written = WithoutAssets(TalkOutput.Write([Renderable("Nested")], new TalkOutputOptions(nested)));

        Assert.Equal(3, written.Count);
        Assert.All(written, path => Assert.Equal(nested, Path.GetDirectoryName(path)));
    }

    [Fact]
    public void A_relative_output_folder_is_taken_from_the_current_directory()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), _temp.Out);

        var written = TalkOutput.Write([Renderable("Relative")], new TalkOutputOptions(relative));

        Assert.All(written, path => Assert.True(Path.IsPathFullyQualified(path), path));
        Assert.All(written, path => Assert.StartsWith(_temp.Out, path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_trailing_separator_names_the_same_folder_and_stages_beside_it()
    {
        var failing = new FailingTalk("Fails", Dated("Fails").Build().Metadata, new IOException("disk full"));

        Assert.Throws<TalkOutputException>(() => TalkOutput.Write([failing], new TalkOutputOptions(_temp.Out + Path.DirectorySeparatorChar)));
        Assert.False(Directory.Exists(_temp.Out));

        var written = TalkOutput.Write([Renderable("Slash")], new TalkOutputOptions(_temp.Out + Path.DirectorySeparatorChar));
        Assert.Equal(Path.Combine(_temp.Out, "slash.slides.html"), written[0]);
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Replaces_earlier_files_of_the_same_talk_and_leaves_other_files_alone()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "replaced.slides.html"), "old slides");
        File.WriteAllText(Path.Combine(_temp.Out, "README.txt"), "mine");

        TalkOutput.Write([Renderable("Replaced")], new TalkOutputOptions(_temp.Out));

        Assert.NotEqual("old slides", File.ReadAllText(Path.Combine(_temp.Out, "replaced.slides.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_temp.Out, "README.txt")));
    }

    [Fact]
    public void No_talks_write_nothing_and_create_no_folder()
    {
        Assert.Empty(TalkOutput.Write([], new TalkOutputOptions(_temp.Out)));
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void An_invalid_talk_changes_nothing_and_the_error_names_the_talk_its_errors_and_what_to_do()
    {
        var before = ExistingOutput();
        var invalid = Talk.Titled("Broken").Author("Ada").Date(2024, 1, 9).Subsection("Maths").Markdown("Costs $5 a month");

        // The catalog builds the talks lazily: the second one fails validation while the first is fine.
        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write(
            new[] { ("Good", Dated("Good")), ("Broken", invalid) }.Select(t => (IRenderableTalk)new RenderableTalk(t.Item1, t.Item2)),
            new TalkOutputOptions(_temp.Out)));

        Assert.Equal(before, Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
        Assert.IsType<TalkValidationException>(error.InnerException);
        Assert.Equal(_temp.Out, error.OutputDirectory);
        Assert.Contains("Talk number 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Broken'", error.Message, StringComparison.Ordinal);
        Assert.Contains("TALK011", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix the errors", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Nothing in {_temp.Out} was changed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validation_error_while_rendering_names_the_talk_and_changes_nothing()
    {
        var before = ExistingOutput();
        var validation = new TalkValidationException("Late", [new TalkDiagnostic("TALK003", TalkDiagnosticSeverity.Error, "Subsection(\"\") has an empty title: give it a title", "Talks.cs(12)")]);
        var failing = new FailingTalk("LateTalk", Dated("Late").Build().Metadata, validation);

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([Renderable("Fine"), failing], new TalkOutputOptions(_temp.Out)));

        Assert.Equal(before, Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
        Assert.Equal("LateTalk", error.TalkName);
        Assert.Contains("The talk LateTalk (\"Late\") was not rendered", error.Message, StringComparison.Ordinal);
        Assert.Contains("Talks.cs(12)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix the errors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disk_error_while_rendering_names_the_talk_and_changes_nothing()
    {
        var before = ExistingOutput();
        var failing = new FailingTalk("FullDisk", Dated("Full disk").Build().Metadata, new IOException("No space left on device"));

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([Renderable("Fine"), failing], new TalkOutputOptions(_temp.Out)));

        Assert.Equal(before, Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
        Assert.Equal("FullDisk", error.TalkName);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains("is writable and has free space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_talk_without_a_date_gets_slides_and_notes_and_a_warning_naming_the_fix_instead_of_a_post()
    {
        var undated = new RenderableTalk("Undated", Talk.Titled("Undated").Author("Ada").Subsection("S").Markdown("x"));

        var result = TalkOutput.WriteEach([undated, Renderable("Dated")], new TalkOutputOptions(_temp.Out));

        Assert.Empty(result.Failures);
        Assert.Equal(["undated.notes.html", "undated.slides.html", "2024-01-09-dated.md", "dated.notes.html", "dated.slides.html"],
            Directory.GetFiles(_temp.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).OrderBy(f => !f!.StartsWith("undated", StringComparison.Ordinal)));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Undated", warning, StringComparison.Ordinal);
        Assert.Contains("its post is not", warning, StringComparison.Ordinal);
        Assert.Contains(".Date(year, month, day)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_with_one_title_and_their_own_file_names_are_written_side_by_side()
    {
        var first = new RenderableTalk("First", Named("Machine Learning Systems Design", "machine-learning-systems-design-microsoft"));
        var second = new RenderableTalk("Second", Named("Machine Learning Systems Design", "machine-learning-systems-design"));

        TalkOutput.Write([first, second], new TalkOutputOptions(_temp.Out));

        Assert.True(File.Exists(Path.Combine(_temp.Out, "machine-learning-systems-design-microsoft.slides.html")));
        Assert.True(File.Exists(Path.Combine(_temp.Out, "2024-01-09-machine-learning-systems-design-microsoft.md")));
        Assert.True(File.Exists(Path.Combine(_temp.Out, "machine-learning-systems-design.notes.html")));
    }

    [Fact]
    public void Two_talks_with_the_same_file_name_are_refused_and_told_about_FileName()
    {
        var first = new RenderableTalk("First", Named("One", "same"));
        var second = new RenderableTalk("Second", Named("Two", "same"));

        var result = TalkOutput.WriteEach([first, second], new TalkOutputOptions(_temp.Out));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Second", failure.TalkName);
        Assert.Contains("would both be written to same.*: they have the same file name", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["First"], result.RenderedTalks);
    }

    [Fact]
    public void Two_talks_with_the_same_file_names_are_refused()
    {
        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([Renderable("Same title", 9), Renderable("Same Title!", 10)], new TalkOutputOptions(_temp.Out)));

        Assert.False(Directory.Exists(_temp.Out));
        Assert.Contains("SameTitle!", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sametitle", error.Message, StringComparison.Ordinal);
        Assert.Contains("same-title.*", error.Message, StringComparison.Ordinal);
        Assert.Contains("different title", error.Message, StringComparison.Ordinal);
        Assert.Contains(".FileName(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_replaced_rolls_back_the_files_already_moved()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "stuck.slides.html"), "old slides");
        Directory.CreateDirectory(Path.Combine(_temp.Out, "stuck.notes.html")); // a folder where a file must go
        var before = Contents(_temp.Out);

        var error = Assert.Throws<TalkOutputException>(() =>
            TalkOutput.Write([Renderable("Stuck")], new TalkOutputOptions(_temp.Out)));

        Assert.Equal(before, Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
        Assert.Contains("could not be moved into", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Nothing in {_temp.Out} was changed.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An output folder with earlier files in it, as a second run finds it.</summary>
    private SortedDictionary<string, string> ExistingOutput()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "good.slides.html"), "earlier slides");
        File.WriteAllText(Path.Combine(_temp.Out, "notes.css"), "body { }");
        return Contents(_temp.Out);
    }

    private static Talk Named(string title, string fileName) =>
        Talk.Titled(title).FileName(fileName).Author(given: "Ada").Date(2024, 1, 9).Subsection("Only slide").Markdown("x");
}
