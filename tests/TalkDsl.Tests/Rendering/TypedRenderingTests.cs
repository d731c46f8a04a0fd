using AngleSharp.Dom;
using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>What each typed call shows where: in the slides, the notes page and the Jekyll post.</summary>
public class TypedRenderingTests
{
    public static TheoryData<string> NotesFormats => new(["notes", "jekyll"]);

    private static TalkBody Body(string title = "s") => SampleTalks.Header().Subsection(title);

    private static IDocument Slides(Talk talk) => HtmlDom.Parse(talk.RenderSlides());

    private static IDocument Notes(Talk talk, string format = "notes", NotesOptions? options = null) =>
        HtmlDom.Parse(format == "notes" ? talk.RenderNotes(options) : talk.RenderJekyllNotes(options));

    private static IElement Slide(Talk talk, int index = 1) => Slides(talk).Slides()[index];

    [Fact]
    public void An_image_is_centred_with_its_width_and_alt_text_on_the_slide()
    {
        var image = Slide(Body().Image("diagrams/a.png", "70%", "A <b>bold</b> \"claim\"")).QuerySelector("div.centered > img")!;

        Assert.Equal("diagrams/a.png", image.GetAttribute("src"));
        Assert.Equal("A <b>bold</b> \"claim\"", image.GetAttribute("alt"));
        Assert.StartsWith("width:70%; max-width:100%;", image.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("margin:0 auto", image.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void An_image_is_centred_in_the_notes(string format)
    {
        var image = Notes(Body().Image("a.png", alt: "An apple"), format).QuerySelector("div.centered > img")!;

        Assert.Equal("a.png", image.GetAttribute("src"));
        Assert.Equal("An apple", image.GetAttribute("alt"));
        Assert.DoesNotContain("width:", image.GetAttribute("style")!.Replace("max-width", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_alt_text_is_decorative()
    {
        Assert.Equal(string.Empty, Slide(Body().Image("a.png")).QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_path_that_tries_to_leave_its_attribute_stays_in_it()
    {
        var html = Body().Image("a.png\" onerror=\"alert(1)").RenderSlides();

        Assert.DoesNotContain("onerror=\"alert", html, StringComparison.Ordinal);
        Assert.Equal("a.png\" onerror=\"alert(1)", HtmlDom.Parse(html).Slides()[1].QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_YouTube_video_is_an_embedded_player_in_slides_and_notes()
    {
        var talk = Body().YouTube("dQw4w9WgXcQ");

        foreach (var page in new[] { Slides(talk), Notes(talk), Notes(talk, "jekyll") })
        {
            var player = page.QuerySelector("div.centered > iframe.youtube")!;
            Assert.Equal("https://www.youtube.com/embed/dQw4w9WgXcQ", player.GetAttribute("src"));
            Assert.True(player.HasAttribute("allowfullscreen"));
            Assert.StartsWith("width:80%; aspect-ratio:16 / 9;", player.GetAttribute("style"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_figure_shows_its_media_on_the_slide_and_its_caption_only_in_the_speaker_notes()
    {
        var slide = Slide(Body().Figure(Media.Image("computers.png", "40%"), "Human *computers* at work.", "human-computers"));

        var frame = slide.QuerySelector("div.figure > div.figure-frame#human-computers-figure")!;
        Assert.Equal("computers.png", frame.QuerySelector("img")!.GetAttribute("src"));
        Assert.Null(slide.QuerySelector(".caption-frame"));
        Assert.Equal("Human <em>computers</em> at work.", slide.QuerySelector("aside.notes > p")!.InnerHtml);
        Assert.DoesNotContain("Human", slide.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_joins_the_other_speaker_notes_of_its_slide_in_order()
    {
        var slide = Slide(Body().SpeakerNotes("Before.").Figure(Media.Image("a.png"), "The caption.").SpeakerNotes("After."));

        var aside = Assert.Single(slide.QuerySelectorAll("aside.notes"));
        Assert.Equal(["Before.", "The caption.", "After."], aside.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void A_figure_in_the_notes_has_ids_from_its_label_and_Figure_caption_below(string format)
    {
        var page = Notes(Body().Figure(Media.Image("computers.png", "40%"), "Human *computers* at [work](https://example.org/work).", "human-computers"), format);

        var figure = page.QuerySelector("div.figure")!;
        Assert.Equal(["figure-frame", "caption-frame"], figure.Children.Select(c => c.ClassName));
        Assert.Equal("human-computers-figure", figure.Children[0].Id);
        Assert.Equal("computers.png", figure.Children[0].QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("human-computers-caption", figure.Children[1].Id);
        Assert.Equal("Figure: Human <em>computers</em> at <a href=\"https://example.org/work\">work</a>.", figure.Children[1].QuerySelector("p")!.InnerHtml);
        Assert.Null(page.QuerySelector("aside"));
    }

    [Fact]
    public void A_figure_without_a_label_has_no_ids()
    {
        var figure = Notes(Body().Figure(Media.Image("a.png"), "c")).QuerySelector("div.figure")!;

        Assert.All(figure.QuerySelectorAll("*"), element => Assert.False(element.HasAttribute("id")));
    }

    [Fact]
    public void Caption_links_are_references_of_the_notes_not_of_the_slides()
    {
        var talk = Body().Figure(Media.Image("a.png"), "From [the source](https://example.org/source).").References();

        Assert.Contains("https://example.org/source", Notes(talk).QuerySelector("#refs")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("This talk cites no links.", Slides(talk).Slides()[^1].QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Links_in_markdown_media_are_references_of_both()
    {
        var talk = Body().Columns("See [left](https://example.org/left).", "Right.").References();

        Assert.Contains("https://example.org/left", Notes(talk).QuerySelector("#refs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://example.org/left", Slides(talk).Slides()[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_media_shows_raw_html_only_when_allowed()
    {
        Assert.Null(Slide(Body().Figure(Media.Markdown("<b>x</b>"), "c")).QuerySelector(".figure-frame b"));
        Assert.NotNull(Slide(Body().Figure(Media.Markdown("<b>x</b>", allowHtml: true), "c")).QuerySelector(".figure-frame b"));
    }

    [Fact]
    public void Raw_html_in_a_caption_is_text()
    {
        var notes = Body().Figure(Media.Image("a.png"), "<script>alert(1)</script>").RenderNotes();

        Assert.DoesNotContain("<script>alert", notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slides")]
    [InlineData("notes")]
    [InlineData("jekyll")]
    public void Columns_sit_side_by_side_with_their_widths(string format)
    {
        var talk = Body().Columns("* left", "Right *text*", "30%", "70%");
        var page = format == "slides" ? Slides(talk) : Notes(talk, format);

        var columns = page.QuerySelector("div.columns")!;
        Assert.Contains("display:flex", columns.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(["flex:0 1 30%; max-width:30%", "flex:0 1 70%; max-width:70%"], columns.Children.Select(c => c.GetAttribute("style")));
        Assert.Equal("left", columns.Children[0].QuerySelector("li")!.TextContent);
        Assert.Equal("Right <em>text</em>", columns.Children[1].QuerySelector("p")!.InnerHtml);
    }

    [Fact]
    public void Columns_may_hold_images_and_players()
    {
        var columns = Slide(Body().Columns(Media.Image("a.png"), Media.YouTube("dQw4w9WgXcQ"))).QuerySelector("div.columns")!;

        Assert.NotNull(columns.Children[0].QuerySelector("img[src='a.png']"));
        Assert.NotNull(columns.Children[1].QuerySelector("iframe.youtube"));
    }

    [Fact]
    public void A_fragment_waits_for_the_next_key_press_on_the_slide()
    {
        var slide = Slide(Body().Markdown("At once.").Fragment("Later, *with* emphasis."));

        var fragment = slide.QuerySelector("div.fragment")!;
        Assert.Equal("Later, <em>with</em> emphasis.", fragment.QuerySelector("p")!.InnerHtml);
        Assert.Null(slide.QuerySelector("p.fragment"));
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void A_fragment_is_plain_content_in_the_notes(string format)
    {
        var page = Notes(Body().Fragment("Later, *with* emphasis."), format);

        Assert.Null(page.QuerySelector(".fragment"));
        Assert.Equal("Later, <em>with</em> emphasis.", page.QuerySelectorAll("p").Last().InnerHtml);
    }

    [Fact]
    public void Code_of_every_kind_is_absent_from_the_slides()
    {
        var talk = Body().Markdown("x").Code("SetupWord = 1", CodeKind.Setup).Code("CodeWord = 2").Code("PlotWord()", CodeKind.Plot).Code("SetupPlotWord()", CodeKind.SetupPlot);

        var slides = talk.RenderSlides();
        foreach (var word in new[] { "SetupWord", "CodeWord", "PlotWord", "SetupPlotWord" })
        {
            Assert.DoesNotContain(word, slides, StringComparison.Ordinal);
        }

        Assert.Null(HtmlDom.Parse(slides).QuerySelector("pre"));
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void The_notes_show_code_and_setup_code_as_lamds_sparse_level_does(string format)
    {
        var talk = Body().Code("import numpy as np", CodeKind.Setup).Code("if a < b and c > d:\n    pass").Code("PlotWord()", CodeKind.Plot).Code("SetupPlotWord()", CodeKind.SetupPlot, "r");

        var page = Notes(talk, format);
        var blocks = page.QuerySelectorAll("pre > code");
        Assert.Equal(["import numpy as np\n", "if a < b and c > d:\n    pass\n"], blocks.Select(b => b.TextContent));
        Assert.All(blocks, b => Assert.Equal("language-python", b.ClassName));
        Assert.DoesNotContain("PlotWord", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_is_escaped_in_the_notes()
    {
        var notes = Body().Code("print('<script>')").RenderNotes();

        Assert.Contains("print(&#39;&lt;script&gt;&#39;)", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_asked_for_on_the_slides_is_a_highlightable_block_there_whatever_its_kind()
    {
        var talk = Body().Markdown("x").Code("if a < b:\n    pass", onSlides: true).Code("PlotWord()", CodeKind.Plot, "r", onSlides: true).Code("HiddenWord = 1");

        var blocks = Slides(talk).QuerySelectorAll("section pre > code");

        Assert.Equal(["if a < b:\n    pass\n", "PlotWord()\n"], blocks.Select(b => b.TextContent));
        Assert.Equal(["language-python", "language-r"], blocks.Select(b => b.ClassName));
        Assert.DoesNotContain("HiddenWord", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("PlotWord", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.Contains("if a &lt; b:", talk.RenderNotes(), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_on_the_slides_before_the_first_heading_opens_the_leading_slide_the_outline_counts()
    {
        var talk = SampleTalks.Header().Code("x = 1", onSlides: true).Subsection("s").Markdown("x");

        Assert.Equal(3, Slides(talk).Slides().Count);
        Assert.Equal(talk.Outline().SlideCount, Slides(talk).Slides().Count);
    }

    [Fact]
    public void Code_before_the_first_heading_opens_no_slide()
    {
        var talk = SampleTalks.Header().Code("x = 1").EditMe().Subsection("s").Markdown("x");

        Assert.Equal(2, Slides(talk).Slides().Count);
        Assert.Equal(talk.Outline().SlideCount, Slides(talk).Slides().Count);
    }

    [Theory]
    [InlineData("image")]
    [InlineData("figure")]
    [InlineData("columns")]
    [InlineData("fragment")]
    public void A_typed_block_before_the_first_heading_opens_the_leading_slide(string call)
    {
        var header = SampleTalks.Header();
        Talk talk = call switch
        {
            "image" => header.Image("a.png"),
            "figure" => header.Figure(Media.Image("a.png"), "c"),
            "columns" => header.Columns("a", "b"),
            _ => header.Fragment("f"),
        };
        talk = ((TalkBody)talk).Subsection("s").Markdown("x");

        var slides = Slides(talk).Slides();
        Assert.Equal(talk.Outline().SlideCount, slides.Count);
        Assert.Equal(3, slides.Count);
        Assert.False(slides[1].HasAttribute("id"));
    }

    [Fact]
    public void The_talk_using_every_typed_call_has_as_many_slides_as_its_outline()
    {
        Assert.Equal(TypedTalks.Everything.Outline().SlideCount, Slides(TypedTalks.Everything).Slides().Count);
        Assert.Equal(6, TypedTalks.Everything.Outline().SlideCount);
    }

    [Fact]
    public void An_edit_link_never_shows_on_the_slides()
    {
        var html = SampleTalks.Header().EditMe().Subsection("s").Markdown("x").RenderSlides();

        Assert.DoesNotContain("editme", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(TypedRenderingTests), html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void Without_an_edit_base_url_the_notes_show_no_edit_link(string format)
    {
        var page = Notes(SampleTalks.Header().EditMe().Subsection("s").Markdown("x"), format);

        Assert.Null(page.QuerySelector(".editme"));
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void An_edit_link_goes_under_the_next_heading_and_edits_the_calling_file(string format)
    {
        var page = Notes(SampleTalks.Header().Subsection("First").Markdown("x").EditMe().Subsection("Second").Markdown("y"), format, TypedTalks.EditOptions);

        var link = page.QuerySelector("div.editme")!;
        Assert.Equal("second", link.PreviousElementSibling!.Id);
        Assert.Equal("[edit]", link.TextContent);
        Assert.Equal("https://github.com/talkdsl/talkdsl/edit/main/tests/TalkDsl.Tests/Rendering/TypedRenderingTests.cs", link.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_edit_link_with_no_heading_after_it_stays_where_it_is()
    {
        var page = Notes(SampleTalks.Header().Subsection("s").Markdown("Before.").EditMe().Markdown("After."), options: TypedTalks.EditOptions);

        var link = page.QuerySelector("div.editme")!;
        Assert.Equal("Before.", link.PreviousElementSibling!.TextContent);
        Assert.Equal("After.", link.NextElementSibling!.TextContent);
    }

    [Fact]
    public void An_edit_link_at_the_very_end_is_not_lost()
    {
        var page = Notes(SampleTalks.Header().Subsection("s").Markdown("x").EditMe(), options: TypedTalks.EditOptions);

        Assert.NotNull(page.QuerySelector("div.editme"));
    }

    [Fact]
    public void An_edit_link_waits_past_a_new_slide_which_has_no_notes_heading()
    {
        var page = Notes(SampleTalks.Header().EditMe().NewSlide("Slide only").Subsection("Heading").Markdown("x"), options: TypedTalks.EditOptions);

        Assert.Equal("heading", page.QuerySelector("div.editme")!.PreviousElementSibling!.Id);
    }

    [Fact]
    public void A_file_outside_the_source_root_gets_no_edit_link()
    {
        var output = new StringWriter();
        var writer = new NotesHtmlWriter(output, TypedTalks.EditOptions with { SourceRoot = "/somewhere/else" });
        writer.BeginTalk(TalkMetadata.Empty);
        writer.EditLink(TypedTalks.ThisFile);
        writer.Heading(HeadingLevel.Subsection, "s", "s");
        writer.EndTalk();

        Assert.DoesNotContain("editme", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"C:\talks\Snippets\Gp\Prior.cs", @"C:\talks\", "https://example.org/edit/Snippets/Gp/Prior.cs")]
    [InlineData("/_/Snippets/Machine Learning/Prior#1.cs", "/_", "https://example.org/edit/Snippets/Machine%20Learning/Prior%231.cs")]
    [InlineData("/repo/a.cs", "/", "https://example.org/edit/repo/a.cs")]
    public void Edit_links_take_the_path_below_the_source_root_and_escape_it(string file, string root, string url)
    {
        var output = new StringWriter();
        var writer = new JekyllNotesWriter(output, new NotesOptions { EditBaseUrl = "https://example.org/edit", SourceRoot = root });
        writer.BeginTalk(TalkMetadata.Empty);
        writer.EditLink(file);
        writer.EndTalk();

        Assert.Equal(url, HtmlDom.Parse(output.ToString()).QuerySelector("div.editme a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_edit_base_url_needs_a_source_root_and_must_be_absolute()
    {
        var missing = Assert.Throws<ArgumentException>(() => new NotesHtmlWriter(new StringWriter(), new NotesOptions { EditBaseUrl = "https://example.org/edit/" }));
        Assert.Contains("NotesOptions.EditBaseUrl needs NotesOptions.SourceRoot", missing.Message, StringComparison.Ordinal);

        var relative = Assert.Throws<ArgumentException>(() => new NotesOptions { EditBaseUrl = "edit/main/" });
        Assert.Contains("is not an absolute http(s) URL", relative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notation_reaches_mathjax_as_tex_macros_in_slides_and_notes_page()
    {
        var talk = SampleTalks.Header().Notation(@"\f", @"\mathbf{f}").Notation(@"\k", @"k(#1, #2)", 2).Subsection("s").Markdown("$\\f(x) = \\k{x}{y}$");

        const string Macros = """macros: { "f": "\\mathbf{f}", "k": ["k(#1, #2)", 2] }""";
        Assert.Contains(Macros, Slides(talk).QuerySelectorAll("script").Last().TextContent, StringComparison.Ordinal);
        Assert.Contains(Macros, Notes(talk).Head!.QuerySelector("script")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Notation_that_could_close_a_script_is_escaped()
    {
        var html = SampleTalks.Header().Notation(@"\x", "</script><b>").Subsection("s").Markdown("$\\x$").RenderSlides();

        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        Assert.Contains(@"\u003C/script\u003E\u003Cb\u003E", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jekyll_post_defines_the_notation_in_hidden_math_before_the_body()
    {
        var page = Notes(SampleTalks.Header().Notation(@"\f", @"\mathbf{f}").Notation(@"\k", "k(#1)", 1).Subsection("s").Markdown("$\\f$"), "jekyll");

        var notation = page.QuerySelector("div.notation")!;
        Assert.Equal("display:none", notation.GetAttribute("style"));
        Assert.Equal("\\(\\newcommand{\\f}{\\mathbf{f}}\\)\n\\(\\newcommand{\\k}[1]{k(#1)}\\)", notation.TextContent.Trim());
        Assert.Equal("s", notation.NextElementSibling!.Id);
    }

    [Fact]
    public void Without_notation_the_mathjax_configuration_has_no_macros_and_the_post_no_notation()
    {
        var talk = Body().Markdown("$x$");

        Assert.DoesNotContain("macros", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("macros", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.DoesNotContain("notation", talk.RenderJekyllNotes(), StringComparison.Ordinal);
    }
}
