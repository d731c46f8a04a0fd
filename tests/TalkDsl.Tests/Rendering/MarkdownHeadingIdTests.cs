using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// Headings written inside Markdown content get pandoc ids in the notes, as lamd's notes gave them: the id
/// their text would get as a Subsection title, never one a talk heading already has.
/// </summary>
public class MarkdownHeadingIdTests
{
    private static readonly NotesOptions Jekyll = new() { SlidesLink = "talk.slides.html" };

    /// <summary>Every element id of the notes page and of the Jekyll post (which must agree), in order.</summary>
    private static List<string> Ids(Talk talk)
    {
        var page = HtmlDom.Parse(talk.RenderNotes()).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var post = talk.RenderJekyllNotes(Jekyll);
        var body = HtmlDom.Parse(post[(post.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..]).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(page.Where(body.Contains), body);
        return body;
    }

    [Fact]
    public void A_markdown_heading_gets_the_id_its_text_would_get_as_a_subsection_title()
    {
        var talk = SampleTalks.Header().Subsection("Method")
            .Markdown("""
                ## Results *and* `next` steps

                Text.

                ### Cost of $O(n^2)$ -- in [practice](https://example.org)
                """);

        Assert.Equal(["method", "results-and-next-steps", "cost-of-on2----in-practice"], Ids(talk));
    }

    [Fact]
    public void A_markdown_heading_never_takes_a_talk_headings_anchor_even_a_later_one()
    {
        var talk = SampleTalks.Header().Subsection("Method")
            .Notes("## Results\n\nFirst.\n\n## Results\n\nAgain.")
            .Subsection("Results")
                .Markdown("The talk's own heading keeps its anchor, the Sections constant.");

        var ids = Ids(talk);

        Assert.Equal(["method", "results-1", "results-2", "results"], ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Thanks_and_references_keep_their_anchors_too()
    {
        var talk = SampleTalks.Header().Subsection("Intro")
            .Markdown("## Thanks!\n\n## References")
            .Thanks()
            .References();

        Assert.Equal(["intro", "thanks-1", "references-1", "thanks", "references", "refs"], Ids(talk));
    }

    [Fact]
    public void Headings_in_fragments_get_ids_and_slides_only_headings_are_not_in_the_notes()
    {
        var talk = SampleTalks.Header().Subsection("Intro")
            .Slides("## Only on the slide")
            .Fragment("### A revealed heading");

        Assert.Equal(["intro", "a-revealed-heading"], Ids(talk));
    }

    [Fact]
    public void The_slides_give_markdown_headings_no_id()
    {
        var slides = HtmlDom.Parse(SampleTalks.Header().Subsection("Intro").Markdown("## Results").RenderSlides());

        Assert.Null(slides.QuerySelectorAll("h2").Single(h => h.TextContent == "Results").GetAttribute("id"));
    }
}
