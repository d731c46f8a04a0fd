namespace TalkDsl.Tests.Rendering;

/// <summary>
/// The slide-count contract: the page has exactly <see cref="Model.TalkOutline.SlideCount"/> top-level
/// sections (the browser test compares reveal.js's count with the outline's).
/// </summary>
public class SlideCountTests
{
    public static TheoryData<string> EdgeNames => new(EdgeTalks.Keys);

    private static readonly IReadOnlyDictionary<string, Talk> EdgeTalks = new Dictionary<string, Talk>
    {
        ["empty body"] = SampleTalks.Header(),
        ["notes before the first heading"] = SampleTalks.Header().Notes("Only for readers.").Subsection("One").Markdown("Text."),
        ["speaker notes before the first heading"] = SampleTalks.Header().SpeakerNotes("Only for the speaker.").Subsection("One").Markdown("Text."),
        ["subsubsection before the first heading"] = SampleTalks.Header().Subsubsection("Early").Notes("Reader text.").Section("One").Markdown("Text."),
        ["subsubsection and content before the first heading"] = SampleTalks.Header().Subsubsection("Early").Slides("Slide text.").Section("One").Markdown("Text."),
        ["only new slides"] = SampleTalks.Header().NewSlide().Markdown("A.").NewSlide("B").Markdown("B.").NewSlide().SpeakerNotes("C."),
        ["thanks without references"] = SampleTalks.Header().Subsection("One").Markdown("Text.").Thanks(),
        ["references without thanks"] = SampleTalks.Header().Subsection("One").Markdown("Text.").References(),
    };

    [Theory]
    [MemberData(nameof(SampleTalks.Names), MemberType = typeof(SampleTalks))]
    public void Sample_talks_have_as_many_slides_as_their_outline(string name) => AssertCountMatches(SampleTalks.All[name]);

    [Theory]
    [MemberData(nameof(EdgeNames))]
    public void Edge_cases_have_as_many_slides_as_their_outline(string name) => AssertCountMatches(EdgeTalks[name]);

    [Theory]
    [InlineData("headings", 5)]           // title + Section + Subsection + 2 NewSlides (Subsubsection stays on its slide)
    [InlineData("leading", 3)]            // title + leading content + Section
    [InlineData("thanks-references", 4)]  // title + Subsection + Thanks + References
    [InlineData("header-only", 1)]        // title
    public void Slide_counts_are_the_ones_a_reader_expects(string name, int slides) =>
        Assert.Equal(slides, HtmlDom.Parse(SampleTalks.All[name].RenderSlides()).Slides().Count);

    [Fact]
    public void A_subsubsection_before_any_slide_is_kept_on_the_first_slide_after_its_title()
    {
        var slides = HtmlDom.Parse(EdgeTalks["subsubsection before the first heading"].RenderSlides()).Slides();

        Assert.Equal("One", slides[1].Children[0].TextContent);
        Assert.Equal("Early", slides[1].QuerySelector("h3#early")?.TextContent);
    }

    [Fact]
    public void A_subsubsection_before_leading_content_opens_the_leading_slide()
    {
        var slides = HtmlDom.Parse(EdgeTalks["subsubsection and content before the first heading"].RenderSlides()).Slides();

        Assert.Equal("Early", slides[1].Children[0].TextContent);
        Assert.Contains("Slide text.", slides[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("One", slides[2].QuerySelector("h1")?.TextContent);
    }

    private static void AssertCountMatches(Talk talk)
    {
        var slides = HtmlDom.Parse(talk.RenderSlides()).Slides();

        Assert.Equal(talk.Outline().SlideCount, slides.Count);
        Assert.Equal("title-slide", slides[0].Id);
    }
}
