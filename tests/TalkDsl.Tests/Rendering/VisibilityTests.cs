namespace TalkDsl.Tests.Rendering;

/// <summary>Which content each output shows: the four content kinds of the authoring API.</summary>
public class VisibilityTests
{
    private static readonly string Slides = SampleTalks.Visibility.RenderSlides();

    private static readonly string Notes = SampleTalks.Visibility.RenderNotes();

    private static readonly string Jekyll = SampleTalks.Visibility.RenderJekyllNotes();

    [Fact]
    public void Markdown_appears_in_slides_and_notes()
    {
        Assert.Contains("BothWord appears in slides and notes.", Slides, StringComparison.Ordinal);
        Assert.Contains("BothWord appears in slides and notes.", Notes, StringComparison.Ordinal);
        Assert.Contains("BothWord appears in slides and notes.", Jekyll, StringComparison.Ordinal);
    }

    [Fact]
    public void Slides_text_is_on_the_slides_and_not_in_the_notes()
    {
        Assert.Contains("SlidesWord", HtmlDom.Parse(Slides).Slides()[1].VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("SlidesWord", Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("SlidesWord", Jekyll, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_text_is_in_the_notes_and_not_on_the_slides()
    {
        Assert.Contains("NotesWord", Notes, StringComparison.Ordinal);
        Assert.Contains("NotesWord", Jekyll, StringComparison.Ordinal);
        Assert.DoesNotContain("NotesWord", Slides, StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_notes_are_only_inside_the_aside_of_their_own_slide()
    {
        var slides = HtmlDom.Parse(Slides).Slides();

        Assert.Equal("SpeakerWord is for the speaker view only.", slides[1].QuerySelector("aside.notes")?.TextContent.Trim());
        Assert.DoesNotContain("SpeakerWord", slides[1].VisibleText(), StringComparison.Ordinal);
        var second = slides[2].QuerySelectorAll("aside.notes");
        Assert.Single(second);
        Assert.Contains("SecondSpeakerWord", second[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("ThirdSpeakerWord", second[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("SecondSpeakerWord", slides[2].VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("SpeakerWord is for the speaker view", second[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Speaker_notes_are_absent_from_the_notes()
    {
        Assert.DoesNotContain("SpeakerWord", Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("SpeakerWord", Jekyll, StringComparison.Ordinal);
        Assert.DoesNotContain("<aside", Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void New_slides_have_no_heading_in_the_notes_but_a_title_on_the_slide()
    {
        var notes = HtmlDom.Parse(SampleTalks.Headings.RenderNotes());
        var slides = HtmlDom.Parse(SampleTalks.Headings.RenderSlides()).Slides();

        Assert.DoesNotContain("Continued", notes.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A new slide with a title but no notes heading.", notes.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("Continued", slides[3].QuerySelector("h2")?.TextContent);
        Assert.Null(slides[4].QuerySelector("h1, h2, h3"));
    }

    [Fact]
    public void Headings_have_their_levels_and_pandoc_anchors_in_the_notes()
    {
        var body = HtmlDom.Parse(SampleTalks.Headings.RenderNotes()).Body!;
        var headings = body.QuerySelectorAll("body > h1, body > h2, body > h3").Select(h => $"{h.LocalName}#{h.Id} {h.TextContent}");

        Assert.Equal(["h1#part-one Part One", "h2#a-subsection A Subsection", "h3#a-detail A Detail"], headings);
    }

    [Fact]
    public void Slides_use_h1_for_sections_h2_for_subsections_and_h3_inside_the_slide()
    {
        var slides = HtmlDom.Parse(SampleTalks.Headings.RenderSlides()).Slides();

        Assert.Equal(("part-one", "H1"), (slides[1].Id, slides[1].Children[0].TagName));
        Assert.Equal(("a-subsection", "H2"), (slides[2].Id, slides[2].Children[0].TagName));
        Assert.Equal("a-detail", slides[2].QuerySelector("h3")?.Id);
        Assert.Null(slides[3].GetAttribute("id"));
    }

    [Fact]
    public void Parts_are_expanded_in_place_once()
    {
        var notes = HtmlDom.Parse(SampleTalks.Parts.RenderNotes()).Body!;

        Assert.Equal(["welcome", "housekeeping", "main"], notes.QuerySelectorAll("h2, h3").Select(h => h.Id));
        Assert.Single(notes.QuerySelectorAll("li"));
    }
}
