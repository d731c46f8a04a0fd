using TalkDsl.Model;

namespace TalkDsl.Tests.Model;

public class OutlineTests
{
    [Fact]
    public void Outline_lists_notes_headings_with_pandoc_anchors()
    {
        var outline = Talk.Titled("t").Author(given: "Ada")
            .Section("Part one")
            .Subsection("Welcome")
            .Markdown("x")
            .NewSlide("Welcome")
            .Subsubsection("Welcome")
            .Thanks()
            .References()
            .Outline();

        Assert.Equal(
            [
                new OutlineHeading(HeadingLevel.Section, "Part one", "part-one"),
                new OutlineHeading(HeadingLevel.Subsection, "Welcome", "welcome"),
                new OutlineHeading(HeadingLevel.Subsubsection, "Welcome", "welcome-1"),
                new OutlineHeading(HeadingLevel.Subsection, "Thanks!", "thanks"),
                new OutlineHeading(HeadingLevel.Subsection, "References", "references"),
            ],
            outline.Headings);
    }

    [Fact]
    public void Outline_counts_slides_words_and_time()
    {
        var outline = Talk.Titled("t")
            .Markdown("Before any heading.")
            .Subsection("One")
            .Markdown("three words here")
            .Slides("two more")
            .Notes("notes only words")
            .SpeakerNotes(string.Join(" ", Enumerable.Repeat("w", 130)))
            .Subsubsection("Inside one")
            .NewSlide()
            .Thanks()
            .References()
            .Outline();

        // title + leading content + One + NewSlide + Thanks + References
        Assert.Equal(6, outline.SlideCount);
        Assert.Equal(3 + 3 + 2, outline.SlideWords);
        Assert.Equal(3 + 3 + 3, outline.NotesWords);
        Assert.Equal(130, outline.SpeakerNotesWords);
        Assert.Equal(TimeSpan.FromSeconds(60 + 6 * 30), outline.EstimatedDuration);
    }

    [Fact]
    public void Notes_only_content_before_the_first_heading_makes_no_slide()
    {
        Assert.Equal(2, Talk.Titled("t").Notes("only notes").Subsection("s").Outline().SlideCount);
    }
}
