using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// Media calls shown in one output only (<c>shownIn:</c> on <c>Image</c>, <c>YouTube</c>, <c>Figure</c>, <c>Columns</c>,
/// <c>Align</c>, <c>Div</c>; lamd's <c>\slides{\figure{…}}</c>, <c>\notes{\includediagram{…}}</c>): each output shows
/// what lamd's own build of it shows, and the rules count them there only.
/// </summary>
public class OneOutputMediaTests
{
    private static TalkHeader Valid() => Talk.Titled("A talk").Author(given: "Ada", family: "Lovelace");

    private static IEnumerable<string> Ids(Talk talk) => talk.Validate().Select(d => d.Id);

    private static readonly string ElevenLines = string.Join("\n\n", Enumerable.Range(1, 11).Select(i => $"Line {i}."));

    [Fact]
    public void A_slides_only_figure_shows_on_the_slide_and_not_in_the_notes()
    {
        var talk = Valid().Subsection("s").Markdown("Both.")
            .Figure(Media.Image("diagrams/slides-fig.svg", "60%"), "SlidesCaption.", "lab", shownIn: ContentTarget.Slides);

        var slides = talk.RenderSlides();
        var notes = talk.RenderNotes();

        Assert.Contains("diagrams/slides-fig.svg", slides, StringComparison.Ordinal);
        Assert.Contains("SlidesCaption.", slides, StringComparison.Ordinal); // the caption in the slide's speaker notes
        Assert.DoesNotContain("slides-fig", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("SlidesCaption", notes, StringComparison.Ordinal);
        Assert.Contains("Both.", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notes_only_image_shows_in_the_notes_and_not_on_the_slide()
    {
        var talk = Valid().Subsection("s").Markdown("Both.").Image("diagrams/notes-img.png", alt: "A plot", shownIn: ContentTarget.Notes);

        Assert.Contains("diagrams/notes-img.png", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.DoesNotContain("notes-img", talk.RenderSlides(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_writer_receives_only_the_media_of_its_output()
    {
        var talk = Valid().Subsection("s").Markdown("Both.")
            .Align(Alignment.Center, "CentredOnSlides.", shownIn: ContentTarget.Slides)
            .Div("DivInNotes.", "box", shownIn: ContentTarget.Notes)
            .Columns("LeftWord.", "RightWord.", shownIn: ContentTarget.Slides)
            .YouTube("dQw4w9WgXcQ", title: "A video", shownIn: ContentTarget.Notes);

        var slides = new RecordingWriter(ContentTarget.Slides);
        talk.Build().Replay(slides);
        var notes = new RecordingWriter(ContentTarget.Notes);
        talk.Build().Replay(notes);

        string[] media = ["CentredOnSlides", "DivInNotes", "LeftWord", "dQw4w9WgXcQ"];
        Assert.Equal(["CentredOnSlides", "LeftWord"], media.Where(word => slides.Events.Any(e => e.Contains(word, StringComparison.Ordinal))));
        Assert.Equal(["DivInNotes", "dQw4w9WgXcQ"], media.Where(word => notes.Events.Any(e => e.Contains(word, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_notes_only_image_is_no_line_of_the_slide_for_TALK008_and_a_slides_only_one_is()
    {
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Markdown(ElevenLines).Image("a.png", alt: "a")));
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Markdown(ElevenLines).Image("a.png", alt: "a", shownIn: ContentTarget.Slides)));
        Assert.Empty(Ids(Valid().Subsection("s").Markdown(ElevenLines).Image("a.png", alt: "a", shownIn: ContentTarget.Notes)));
        Assert.Empty(Ids(Valid().Subsection("s").Markdown(ElevenLines).Figure(Media.Image("a.png", alt: "a"), "Cap.", shownIn: ContentTarget.Notes)));
    }

    [Fact]
    public void A_slides_only_figure_inside_a_notes_only_include_shows_nowhere()
    {
        var part = TalkPart.Create("Figures").Markdown("PartWord.")
            .Figure(Media.Image("diagrams/nowhere.svg"), "NowhereCaption.", shownIn: ContentTarget.Slides);
        var talk = Valid().Subsection("s").Markdown("Both.").Include(part, shownIn: ContentTarget.Notes);

        Assert.DoesNotContain("nowhere", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("nowhere", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.Contains("PartWord.", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.DoesNotContain(talk.Build().Blocks, b => b is FigureBlock);
    }

    [Fact]
    public void The_speaker_notes_are_no_output_media_is_shown_in()
    {
        var body = Valid().Subsection("s");
        Action[] calls =
        [
            () => body.Image("a.png", shownIn: ContentTarget.SpeakerNotes),
            () => body.YouTube("dQw4w9WgXcQ", shownIn: ContentTarget.SpeakerNotes),
            () => body.Figure(Media.Image("a.png"), "Cap.", shownIn: ContentTarget.SpeakerNotes),
            () => body.Columns("a", "b", shownIn: ContentTarget.SpeakerNotes),
            () => body.Align(Alignment.Left, "a", shownIn: ContentTarget.SpeakerNotes),
            () => body.Div("a", shownIn: ContentTarget.SpeakerNotes),
            () => TalkPart.Create("P").Image("a.png", shownIn: (ContentTarget)9),
        ];

        foreach (var call in calls)
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal("shownIn", error.ParamName);
            Assert.StartsWith("shownIn: ", error.Message, StringComparison.Ordinal);
        }
    }
}
