using AccelerateSpark;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Example;

/// <summary>
/// The example's three outputs as snapshots (the verified files beside this one are the spec), and what
/// each kind of content shows where: slides-only text never reaches the notes, notes-only text never
/// reaches the slides, speaker notes stay in the slides' <c>aside</c>.
/// </summary>
public sealed class AccelerateSparkRenderingTests
{
    private static readonly IRenderableTalk Example = ExampleTalks.All.Single();

    private static readonly NotesOptions Linked = NotesOptions.Default with { SlidesLink = "accelerate-spark-information-session.slides.html" };

    private static readonly string Slides = Example.RenderSlides();

    private static readonly string Notes = Example.RenderNotes(Linked);

    private static readonly string Post = Example.RenderJekyllNotes(Linked);

    [Fact]
    public void Slides_snapshot() => Snapshot.Match(Slides, "html");

    [Fact]
    public void Notes_snapshot() => Snapshot.Match(Notes, "html");

    [Fact]
    public void Jekyll_post_snapshot() => Snapshot.Match(Post, "md");

    [Theory]
    [InlineData("Hand over to Raoul.")] // the talk's own Slides(...)
    [InlineData("Ramp or Bridge model")] // a part's Slides(...)
    [InlineData("Before the 1950s")] // an untitled NewSlide's Slides(...)
    public void Slides_only_text_is_on_the_slides_and_nowhere_in_the_notes(string text)
    {
        Assert.Contains(text, Slides, StringComparison.Ordinal);
        Assert.DoesNotContain(text, Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(text, Post, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Core to our thinking is that the Programme")] // the talk's own Notes(...)
    [InlineData("Machine Learning Engineering Clinic")] // a part's Notes(...)
    [InlineData("Challenger")] // the third of the talk's Notes(...)
    public void Notes_only_text_is_in_the_notes_and_nowhere_on_the_slides(string text)
    {
        Assert.Contains(text, Notes, StringComparison.Ordinal);
        Assert.Contains(text, Post, StringComparison.Ordinal);
        Assert.DoesNotContain(text, Slides, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Running order:")]
    [InlineData("Neil to manage Q&amp;A from attendees.")]
    [InlineData("The programme’s website")]
    public void Speaker_notes_are_in_the_slides_aside_and_nowhere_in_the_notes(string text)
    {
        var asides = System.Text.RegularExpressions.Regex.Matches(Slides, """<aside class="notes">(.*?)</aside>""", System.Text.RegularExpressions.RegexOptions.Singleline);

        Assert.Contains(asides, aside => aside.Groups[1].Value.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain(text, Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(text, Post, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_for_both_is_in_every_output()
    {
        foreach (var output in new[] { Slides, Notes, Post })
        {
            Assert.Contains("Zoom housekeeping", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Notes_headings_carry_lamds_anchors()
    {
        foreach (var (title, id) in LamdSeed.NotesHeadings())
        {
            Assert.Contains($"id=\"{id}\"", Notes, StringComparison.Ordinal);
            Assert.Contains($"id=\"{id}\"", Post, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Post_front_matter_links_the_slides_and_lists_the_authors()
    {
        var frontMatter = Post.Split("\n---\n")[0];

        Assert.StartsWith("---\n", Post, StringComparison.Ordinal);
        Assert.Contains("reveal: accelerate-spark-information-session.slides.html", frontMatter, StringComparison.Ordinal);
        Assert.Contains("venue: \"Virtual\"", frontMatter, StringComparison.Ordinal);
        Assert.Contains("2020-12-04", frontMatter, StringComparison.Ordinal);
        foreach (var family in new[] { "Lawrence", "Montgomery", "Urma" })
        {
            Assert.Contains("family: " + family, frontMatter, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_example_references_no_image_file()
    {
        Assert.DoesNotContain("<img", Slides, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Notes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Post, StringComparison.OrdinalIgnoreCase);
    }
}
