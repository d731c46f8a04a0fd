using AngleSharp.Dom;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Testing;
using TalkDsl.Tests.Formats;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// What steps through a slide: pandoc pauses (<c>. . .</c>), <c>Incremental</c>, <c>SlidesSmall</c> and <c>Animation</c>,
/// in every format. The snapshots are the spec of the HTML; the DOM and the readers check what each output shows.
/// </summary>
public class SteppingTests
{
    /// <summary>Every stepping construct, with an image-free animation for the Office formats.</summary>
    public static Talk Stepped { get; } = SampleTalks.Header("Step by step")
        .Subsection("Pauses")
            .Markdown("""
                Before the pause.

                . . .

                * After the first pause.

                . . .

                After the second pause.
                """)
            .Markdown("Still inside the second pause.")
            .Fragment("A fragment after it.")
        .Subsection("Lists")
            .Incremental("""
                * One
                * Two
                  * Two's detail
                """)
            .SlidesSmall("A *small* remark.")
        .Subsection("Animation")
            .Animation("pca-directions", [
                Media.Image("diagrams/pca-0.svg", "60%", "The data"),
                Media.Markdown("**The first direction**"),
                Media.Image("diagrams/pca-2.svg", "60%", "Both directions"),
            ])
            .Animation("slides-only", [Media.Markdown("On the slide only")], ContentTarget.Slides)
            .Animation("notes-only", [Media.Markdown("In the notes only")], ContentTarget.Notes)
        .Thanks();

    private static IElement Slide(int index) => HtmlDom.Parse(Stepped.RenderSlides()).Slides()[index];

    private static IDocument Notes() => HtmlDom.Parse(Stepped.RenderNotes());

    [Fact]
    public void Slides_snapshot() => Snapshot.Match(Stepped.RenderSlides(), "html");

    [Fact]
    public void Notes_snapshot() => Snapshot.Match(Stepped.RenderNotes(), "html");

    [Fact]
    public void Jekyll_snapshot() => Snapshot.Match(Stepped.RenderJekyllNotes(), "html");

    [Fact]
    public void A_pause_puts_the_rest_of_the_slide_in_a_fragment_up_to_the_next_pause_as_pandoc_does()
    {
        var slide = Slide(1);

        var pauses = slide.Children.Where(child => child.ClassName == "fragment").ToList();
        Assert.Equal(2, pauses.Count);
        Assert.Equal("After the first pause.", pauses[0].TextContent.Trim());
        Assert.Equal(["After the second pause.", "Still inside the second pause.", "A fragment after it."], pauses[1].QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.NotNull(pauses[1].QuerySelector("div.fragment"));
        Assert.Equal("Before the pause.", slide.QuerySelector("h2 + p")!.TextContent);
        Assert.DoesNotContain(". . .", slide.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_other_output_shows_a_pause()
    {
        Assert.DoesNotContain(". . .", Stepped.RenderNotes(), StringComparison.Ordinal);
        Assert.DoesNotContain(". . .", Stepped.RenderJekyllNotes(), StringComparison.Ordinal);
        Assert.Contains("After the second pause.", Notes().Body!.TextContent, StringComparison.Ordinal);
        using var docx = DocxTests.Open(Stepped, mediaFolder: null);
        Assert.DoesNotContain(DocxTests.Paragraphs(docx), p => p.InnerText.Contains(". . .", StringComparison.Ordinal));
        using var pptx = PptxTests.Open(Stepped, mediaFolder: null);
        Assert.DoesNotContain(PptxTests.Slides(pptx).SelectMany(PptxTests.Texts), text => text.Contains(". . .", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pause_inside_a_list_or_a_code_block_is_not_one()
    {
        var html = SampleTalks.Header().Subsection("s").Markdown("""
            * a

              . . .

            ```
            . . .
            ```
            """).RenderSlides();

        var slide = HtmlDom.Parse(html).Slides()[1];
        Assert.Empty(slide.QuerySelectorAll(".fragment"));
        Assert.Equal(2, slide.TextContent.Split(". . .").Length - 1);
    }

    [Fact]
    public void An_incremental_list_shows_each_top_level_item_at_the_next_key_press_and_only_on_the_slides()
    {
        var list = Slide(2).QuerySelector("div.incremental > ul")!;

        Assert.Equal(["fragment", "fragment"], list.Children.Select(item => item.ClassName));
        Assert.Null(list.QuerySelector("ul ul li.fragment"));
        Assert.DoesNotContain("Two's detail", Notes().Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_text_is_small_on_the_slides_and_plain_in_the_notes()
    {
        Assert.Equal("A small remark.", Slide(2).QuerySelector("small")!.TextContent.Trim());
        var notes = Notes();
        Assert.Null(notes.QuerySelector("small"));
        Assert.Contains(notes.QuerySelectorAll("p"), p => p.InnerHtml == "A <em>small</em> remark.");
    }

    [Fact]
    public void An_animation_stacks_its_frames_the_later_ones_fragments_shown_one_at_a_time_the_last_staying()
    {
        var slide = Slide(3);
        var region = slide.QuerySelector("#animation-pca-directions")!;

        Assert.Equal("lamd-animation r-stack", region.ClassName);
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("pca-directions", region.GetAttribute("aria-label"));
        Assert.Equal(
            ["pca-directions animation-frame", "pca-directions animation-frame fragment current-visible", "pca-directions animation-frame fragment"],
            region.Children.Select(frame => frame.ClassName));
        Assert.Equal("The data", region.Children[0].QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("The first direction", region.Children[1].TextContent.Trim());
        Assert.NotNull(slide.QuerySelector("#animation-slides-only"));
        Assert.Null(slide.QuerySelector("#animation-notes-only"));
        Assert.Contains(":first-child:has(~ .fragment.visible) { visibility: hidden; }", Stepped.RenderSlides(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_show_an_animation_as_lamd_does_its_name_then_every_frame()
    {
        var text = Notes().Body!.TextContent;

        Assert.Contains("Animation sequence: pca-directions", text, StringComparison.Ordinal);
        Assert.Contains("The first direction", text, StringComparison.Ordinal);
        Assert.Contains("In the notes only", text, StringComparison.Ordinal);
        Assert.DoesNotContain("On the slide only", text, StringComparison.Ordinal);
        Assert.Equal(["The data", "Both directions"], Notes().QuerySelectorAll("img").Select(img => img.GetAttribute("alt")));
    }

    [Fact]
    public void Word_shows_the_notes_view_and_validates()
    {
        using var document = DocxTests.Open(Stepped, mediaFolder: null);
        var texts = DocxTests.Paragraphs(document).Select(p => p.InnerText).ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Contains("Animation sequence: pca-directions", texts);
        Assert.Contains("The first direction", texts);
        Assert.Contains("In the notes only", texts);
        Assert.DoesNotContain("On the slide only", texts);
        Assert.Contains("A small remark.", texts);
        Assert.DoesNotContain("One", texts);
    }

    [Fact]
    public void PowerPoint_shows_every_frame_as_lamd_s_pptx_slides_do_and_validates()
    {
        using var document = PptxTests.Open(Stepped, mediaFolder: null);
        var texts = PptxTests.Texts(PptxTests.Slides(document)[3]);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Contains("The first direction", texts);
        Assert.Contains("On the slide only", texts);
        Assert.DoesNotContain("In the notes only", texts);
        Assert.Contains("One", PptxTests.Texts(PptxTests.Slides(document)[2]));
    }

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void Notebooks_are_valid_and_a_slideshow_steps_through_pauses_and_frames_as_fragment_cells(string format)
    {
        var notebook = NotebookTests.Parse(Stepped, format);
        NotebookTests.AssertValid(notebook);
        var cells = NotebookTests.Cells(notebook).Select(cell => (Text: NotebookTests.Source(cell), Type: cell!["metadata"]?["slideshow"]?["slide_type"]?.GetValue<string>())).ToList();
        var all = string.Join("\n", cells.Select(cell => cell.Text));

        Assert.DoesNotContain(". . .", all, StringComparison.Ordinal);
        if (format == "slides-ipynb")
        {
            Assert.Contains(cells, cell => cell.Text.StartsWith("* After the first pause.", StringComparison.Ordinal) && cell.Type == "fragment");
            Assert.Contains(cells, cell => cell.Text == "**The first direction**" && cell.Type == "fragment");
            Assert.Contains("* One", all, StringComparison.Ordinal);
            Assert.DoesNotContain("Animation sequence", all, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("**Animation sequence: pca-directions**", all, StringComparison.Ordinal);
            Assert.DoesNotContain("* One", all, StringComparison.Ordinal);
            Assert.Contains("Before the pause.\n\n* After the first pause.\n\nAfter the second pause.", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_writers_receive_the_new_events_with_the_built_values()
    {
        var writer = new RecordingWriter();
        Stepped.Build().Replay(writer);

        Assert.Contains("SlideText(Incremental, * One\n* Two\n  * Two's detail)", writer.Events);
        Assert.Contains("SlideText(Small, A *small* remark.)", writer.Events);
        Assert.Contains(writer.Events, e => e.StartsWith("Animation(pca-directions, [", StringComparison.Ordinal) && e.EndsWith("], Both)", StringComparison.Ordinal));
        Assert.Contains(writer.Events, e => e.StartsWith("Animation(notes-only, [", StringComparison.Ordinal) && e.EndsWith("], Notes)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pca directions", "cannot name an animation")]
    [InlineData("", "cannot name an animation")]
    public void An_animation_name_that_is_not_a_label_is_refused(string name, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SampleTalks.Header().Subsection("s").Animation(name, [Media.Markdown("x")]));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("Name", error.ParamName);
    }

    [Fact]
    public void An_animation_needs_a_frame_and_a_target_with_key_presses()
    {
        Assert.Contains("at least one frame", Assert.Throws<ArgumentException>(() => SampleTalks.Header().Subsection("s").Animation("a", [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleTalks.Header().Subsection("s").Animation("a", [Media.Markdown("x")], ContentTarget.SpeakerNotes));
        Assert.Throws<ArgumentNullException>(() => SampleTalks.Header().Subsection("s").Animation("a", [null!]));
    }

    [Fact]
    public void The_slide_counts_the_first_frame_s_lines_only_and_every_frame_needs_alt_text()
    {
        var many = Enumerable.Range(0, 30).Select(i => (Media)Media.Image($"diagrams/f-{i}.svg", alt: "frame")).ToList();
        var talk = SampleTalks.Header().Subsection("s").Animation("many", many).Animation("bare", [Media.Markdown("x"), Media.Image("diagrams/b.svg")], ContentTarget.Slides);

        var findings = talk.Validate();

        Assert.DoesNotContain(findings, f => f.Id == "TALK008");
        Assert.Single(findings, f => f.Id == "TALK020");
    }
}
