using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Testing;
using TalkDsl.Tests.Formats;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// Headings and includes shown in one output only (<c>shownIn:</c>; lamd's <c>\notes{\subsection{…}}</c>,
/// <c>\slides{\section{…}}</c>, <c>\slides{\include{…}}</c>): each output sees what lamd's own build of it sees.
/// The page-by-page view is <see cref="SampleTalks.OneOutput"/>'s snapshots (RenderingSnapshotTests, "one-output").
/// </summary>
public class OneOutputTests
{
    private static readonly Talk Sample = SampleTalks.OneOutput;

    private static TalkHeader Valid() => Talk.Titled("A talk").Author(given: "Ada", family: "Lovelace");

    private static IEnumerable<string> Ids(Talk talk) => talk.Validate().Select(d => d.Id);

    [Fact]
    public void The_outline_counts_a_slides_only_heading_as_a_slide_and_a_notes_only_heading_as_a_notes_heading()
    {
        var outline = Sample.Outline();

        // Title, Shared, Slides Section, Deck Heading, Shared: the notes-only heading breaks no slide.
        Assert.Equal(5, outline.SlideCount);
        Assert.Equal(
            [("Shared", "shared"), ("Notes Heading", "notes-heading"), ("Background", "background"), ("Shared", "shared-1")],
            outline.Headings.Select(h => (h.Title, h.Anchor)));
    }

    [Fact]
    public void The_notes_page_has_the_notes_heading_with_its_pandoc_id_and_nothing_shown_in_the_slides_only()
    {
        var notes = HtmlDom.Parse(Sample.RenderNotes());

        Assert.Equal(["shared", "notes-heading", "background", "shared-1"], notes.QuerySelectorAll("h1[id], h2[id], h3[id]").Select(h => h.Id!));
        Assert.DoesNotContain("Slides Section", notes.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("DeckWord", notes.Body!.TextContent, StringComparison.Ordinal);
        Assert.Single(notes.QuerySelectorAll("p"), p => p.TextContent == "BackgroundWord."); // once: the second include is a repeat in the notes
    }

    [Fact]
    public void The_slides_have_the_slides_only_heading_and_part_and_a_part_first_included_in_the_notes_where_it_comes_again()
    {
        var slides = HtmlDom.Parse(Sample.RenderSlides()).Slides();

        Assert.Equal(Sample.Outline().SlideCount, slides.Count);
        Assert.Equal(["Shared", "Slides Section", "Deck Heading", "Shared"], slides.Skip(1).Select(s => s.QuerySelector("h1, h2")!.TextContent));
        Assert.Equal("slides-section", slides[2].GetAttribute("id")); // pandoc's id in lamd's slides build, which has this heading
        Assert.Equal("shared-1", slides[4].GetAttribute("id"));
        Assert.Equal("BackgroundWord.", slides[4].QuerySelectorAll("p").Last().TextContent);
        Assert.DoesNotContain(slides, s => s.TextContent.Contains("Notes Heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_writer_receives_only_its_outputs_events()
    {
        var talk = Valid()
            .Subsection("Both")
            .Subsection("In the notes", shownIn: ContentTarget.Notes)
            .Subsection("On the slides", shownIn: ContentTarget.Slides)
            .Include(SampleTalks.SlideDeck, shownIn: ContentTarget.Notes);

        var slides = new RecordingWriter(ContentTarget.Slides);
        talk.Build().Replay(slides);
        var notes = new RecordingWriter(ContentTarget.Notes);
        talk.Build().Replay(notes);

        Assert.Equal(["Heading(Subsection, Both, both)", "Heading(Subsection, On the slides, on-the-slides)"], slides.Events.Where(e => e.StartsWith("Heading", StringComparison.Ordinal)));
        Assert.DoesNotContain(slides.Events, e => e.Contains("DeckWord", StringComparison.Ordinal));
        Assert.Equal(
            ["Heading(Subsection, Both, both)", "Heading(Subsection, In the notes, in-the-notes)", "Heading(Subsection, Deck Heading, deck-heading)", "Content(Both, DeckWord from the part., False)"],
            notes.Events.Where(e => e.StartsWith("Heading", StringComparison.Ordinal) || e.StartsWith("Content", StringComparison.Ordinal)));
    }

    [Fact]
    public void Nested_one_output_includes_intersect_a_slides_only_part_inside_a_notes_only_include_shows_nowhere()
    {
        var outer = TalkPart.Create("Outer").Markdown("OuterWord.").Include(SampleTalks.SlideDeck, shownIn: ContentTarget.Slides);
        var talk = Valid().Subsection("s").Include(outer, shownIn: ContentTarget.Notes);

        Assert.DoesNotContain("DeckWord", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("DeckWord", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.Contains("OuterWord", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.DoesNotContain("OuterWord", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain(talk.Build().Blocks, b => b is HeadingBlock { Title: "Deck Heading" });
    }

    [Fact]
    public void The_speaker_notes_are_no_output_a_heading_or_an_include_is_shown_in()
    {
        var heading = Assert.Throws<ArgumentException>(() => Valid().Subsection("s", shownIn: ContentTarget.SpeakerNotes));
        var include = Assert.Throws<ArgumentException>(() => Valid().Include(SampleTalks.SlideDeck, shownIn: ContentTarget.SpeakerNotes));

        Assert.StartsWith("shownIn: ContentTarget.SpeakerNotes is not an output", heading.Message, StringComparison.Ordinal);
        Assert.Equal("shownIn", include.ParamName);
        Assert.Throws<ArgumentException>(() => new HeadingBlock(HeadingLevel.Section, "s") { ShownIn = (ContentTarget)9 });
    }

    [Fact]
    public void A_notes_only_heading_is_no_line_of_the_slide_for_TALK008()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 7).Select(i => $"* b{i}"));
        var lines = string.Join("\n\n", Enumerable.Range(1, 11).Select(i => $"Line {i}."));
        Assert.Empty(Ids(Valid().Subsection("s").Markdown(lines).Subsubsection("Notes only", shownIn: ContentTarget.Notes)));
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Markdown(lines).Subsubsection("On the slide")));
        Assert.Empty(Ids(Valid().Subsection("s").Markdown(bullets).Subsection("Notes", shownIn: ContentTarget.Notes).Notes(bullets)));
    }

    [Fact]
    public void An_empty_section_is_judged_in_the_output_the_heading_shows_in_TALK005()
    {
        Assert.Empty(Ids(Valid().Subsection("Notes", shownIn: ContentTarget.Notes).Notes("Said in the notes.")));
        Assert.Equal(["TALK005"], Ids(Valid().Subsection("Notes", shownIn: ContentTarget.Notes).Slides("Only on a slide.")));
        Assert.Equal(["TALK005"], Ids(Valid().Subsection("Slides", shownIn: ContentTarget.Slides).Notes("Only in the notes.")));

        // A notes-only heading between a heading and its content does not empty the slide.
        Assert.Empty(Ids(Valid().Subsection("Shared").Subsection("Aside", shownIn: ContentTarget.Notes).Markdown("Both.")));
    }

    [Fact]
    public void Two_headings_of_one_title_collide_TALK004_only_when_both_are_in_the_notes()
    {
        Assert.Empty(Ids(Valid().Subsection("Same").Markdown("a").Subsection("Same", shownIn: ContentTarget.Slides).Markdown("b")));
        Assert.Equal(["TALK004"], Ids(Valid().Subsection("Same").Markdown("a").Subsection("Same", shownIn: ContentTarget.Notes).Notes("b")));
    }

    [Fact]
    public void The_deck_has_the_slides_only_heading_and_part_and_not_the_notes_only_heading()
    {
        using var document = PptxTests.Open(Sample, mediaFolder: null);
        var slides = PptxTests.Slides(document);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(Sample.Outline().SlideCount, slides.Count);
        var texts = slides.SelectMany(PptxTests.Texts).ToList();
        Assert.Contains("Slides Section", texts);
        Assert.Contains("DeckWord from the part.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Notes Heading", StringComparison.Ordinal) || t.Contains("NotesWord", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_notes_have_the_notes_only_heading_and_not_the_slides_only_ones()
    {
        using var document = DocxTests.Open(Sample, mediaFolder: null);
        var headings = DocxTests.Paragraphs(document)
            .Where(p => DocxTests.Style(p) is { } style && style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => p.InnerText);

        Assert.Equal(["Shared", "Notes Heading", "Background", "Shared"], headings);
    }

    [Theory]
    [InlineData("ipynb", "Notes Heading", "Slides Section")]
    [InlineData("slides-ipynb", "Slides Section", "Notes Heading")]
    public void Each_notebook_shows_its_outputs_headings(string format, string shown, string hidden)
    {
        var notebook = NotebookTests.Parse(Sample, format);
        var text = string.Concat(NotebookTests.Cells(notebook).Select(NotebookTests.Source));

        NotebookTests.AssertValid(notebook);
        Assert.Contains(shown, text, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_refuses_a_writer_that_makes_neither_output()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReplayContext(new RecordingWriter(ContentTarget.Both)));

        Assert.Contains("a writer makes the slides or the notes", error.Message, StringComparison.Ordinal);
    }
}
