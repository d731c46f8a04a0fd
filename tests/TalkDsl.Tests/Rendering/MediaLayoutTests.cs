using AngleSharp.Dom;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Tests.Formats;
using P = DocumentFormat.OpenXml.Presentation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// Media made of media (<c>Media.Group</c>, <c>Media.Align</c>, <c>Media.Div</c>, the <c>Align</c> and <c>Div</c> calls)
/// and an image's class and style (lamd's <c>\figure</c> of several diagrams, <c>\aligncenter</c>, <c>\div</c>,
/// <c>\includediagram{…}{…}{class}{style}</c>): what the slides and the notes show, and what is refused.
/// </summary>
public class MediaLayoutTests
{
    public static TheoryData<string> NotesFormats => new(["notes", "jekyll"]);

    private static TalkBody Body(string title = "s") => SampleTalks.Header().Subsection(title);

    private static IElement Slide(Talk talk, int index = 1) => HtmlDom.Parse(talk.RenderSlides()).Slides()[index];

    private static IDocument Notes(Talk talk, string format = "notes") =>
        HtmlDom.Parse(format == "notes" ? talk.RenderNotes() : talk.RenderJekyllNotes());

    /// <summary>One talk with every media of media, for the snapshots of each format.</summary>
    private static Talk Layouts => SampleTalks.Header("Layouts")
        .Subsection("Figures")
            .Figure(
                Media.Group(Media.Image("diagrams/one.svg", "40%", "The first diagram"), Media.Image("diagrams/two.svg", "40%", "The second diagram", cssClass: "negate", style: "border:none")),
                "Two diagrams, *side by side*.",
                label: "two-diagrams")
            .Columns(Media.Group(Media.Markdown("Left *text*."), Media.Image("diagrams/left.png", alt: "Left")), Media.Align(Alignment.Center, Media.Markdown("Right.")), "40%", "60%")
        .Subsection("Blocks")
            .Align(Alignment.Right, "*Credit*: the lab")
            .Div("In a box.", cssClass: "box wide", style: "font-size:80%; color:#333")
            .Align(Alignment.Center, Media.Image("diagrams/centre.jpg", "20%", "A centred photo"));

    [Fact]
    public void Slides_snapshot() => Snapshot.Match(Layouts.RenderSlides(), "html");

    [Fact]
    public void Notes_snapshot() => Snapshot.Match(Layouts.RenderNotes(), "html");

    [Fact]
    public void Jekyll_snapshot() => Snapshot.Match(Layouts.RenderJekyllNotes(), "html");

    [Fact]
    public void An_image_has_its_class_and_its_style_after_the_layout_style()
    {
        var image = Slide(Body().Image("diagrams/a.svg", "50%", "A diagram", cssClass: "negate small", style: "border:none; opacity:0.8")).QuerySelector("div.centered > img")!;

        Assert.Equal("negate small", image.GetAttribute("class"));
        Assert.Equal("width:50%; max-width:100%; height:auto; display:block; margin:0 auto; border:none; opacity:0.8", image.GetAttribute("style"));
    }

    [Fact]
    public void A_figure_of_several_images_shows_them_all_in_its_frame_and_its_caption_in_the_speaker_notes()
    {
        var talk = Body().Figure(Media.Group(Media.Image("a.svg", alt: "A"), Media.Markdown("and"), Media.Image("b.svg", alt: "B")), "Two *diagrams*.", "pair");

        var frame = Slide(talk).QuerySelector("div.figure > div.figure-frame#pair-figure")!;
        Assert.Equal(["a.svg", "b.svg"], frame.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal("and", frame.QuerySelector("p")!.TextContent);
        Assert.Equal("Two <em>diagrams</em>.", Slide(talk).QuerySelector("aside.notes > p")!.InnerHtml);
    }

    [Theory]
    [MemberData(nameof(NotesFormats))]
    public void A_figure_of_several_images_in_the_notes_has_the_caption_below_them(string format)
    {
        var figure = Notes(Body().Figure(Media.Group(Media.Image("a.svg", alt: "A"), Media.Image("b.svg", alt: "B")), "Two.", "pair"), format).QuerySelector("div.figure")!;

        Assert.Equal(["a.svg", "b.svg"], figure.QuerySelector("#pair-figure")!.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal("Figure: Two.", figure.QuerySelector("#pair-caption")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(Alignment.Left, "text-align:left")]
    [InlineData(Alignment.Center, "text-align:center")]
    [InlineData(Alignment.Right, "text-align:right")]
    public void Align_lines_its_content_up_on_the_slide_and_in_the_notes(Alignment alignment, string style)
    {
        var talk = Body().Align(alignment, "*Credit*: the lab");

        foreach (var page in new[] { (IParentNode)Slide(talk), Notes(talk), Notes(talk, "jekyll") })
        {
            var div = page.QuerySelectorAll("div").Single(d => d.GetAttribute("style") == style);
            Assert.Equal("<em>Credit</em>: the lab", div.QuerySelector("p")!.InnerHtml);
        }
    }

    [Fact]
    public void A_div_has_its_classes_and_style_and_a_centred_div_both()
    {
        var slide = Slide(Body()
            .Div("Boxed.", cssClass: "box wide", style: "font-size:80%")
            .Div(Media.Align(Alignment.Center, Media.Markdown("Framed.")), cssClass: "framed"));

        var box = slide.QuerySelector("div.box.wide")!;
        Assert.Equal("font-size:80%", box.GetAttribute("style"));
        Assert.Equal("Boxed.", box.TextContent.Trim());
        Assert.Null(slide.QuerySelector("div.framed")!.GetAttribute("style"));
        Assert.Equal("Framed.", slide.QuerySelector("div.framed > div[style='text-align:center'] > p")!.TextContent);
    }

    [Fact]
    public void Columns_hold_several_media_each()
    {
        var columns = Slide(Body().Columns(Media.Group(Media.Image("a.png", alt: "A"), Media.Image("b.png", alt: "B")), Media.Markdown("Right *side*."), "30%", "70%"))
            .QuerySelectorAll("div.columns > div.column");

        Assert.Equal(["a.png", "b.png"], columns[0].QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal("Right <em>side</em>.", columns[1].QuerySelector("p")!.InnerHtml);
    }

    [Theory]
    [InlineData("x\" onclick=\"alert(1)", null, "is not a list of CSS class names")]
    [InlineData("1st", null, "is not a list of CSS class names")]
    [InlineData(null, "background:url(https://evil.example/x.png)", "the function 'url(…)' may load or run something")]
    [InlineData(null, "width:expression(alert(1))", "the function 'expression(…)' may load or run something")]
    [InlineData(null, "color:red\" onmouseover=\"steal", "holds a character a safe style does not use")]
    [InlineData(null, "color:red\" onmouseover=\"alert(1)", "the function 'alert(…)' may load or run something")]
    [InlineData(null, "color:red;}</style><script>alert(1)</script>", "'}</style><script>alert(1)</script>' is not a declaration 'property: value'")]
    [InlineData(null, "color:<b>red</b>", "holds a character a safe style does not use")]
    [InlineData(null, "-moz-binding:x", "the property '-moz-binding' can run code")]
    [InlineData(null, "behavior:x", "the property 'behavior' can run code")]
    [InlineData(null, "center", "'center' is not a declaration 'property: value'")]
    public void A_class_or_style_that_could_reach_beyond_its_attribute_or_load_something_is_refused(string? cssClass, string? style, string message)
    {
        var image = Assert.Throws<ArgumentException>(() => Body().Image("a.png", cssClass: cssClass, style: style));
        var div = Assert.Throws<ArgumentException>(() => Body().Div("text", cssClass, style));

        Assert.Contains(message, image.Message, StringComparison.Ordinal);
        Assert.Contains(message, div.Message, StringComparison.Ordinal);
        Assert.Equal(cssClass is null ? "style" : "cssClass", div.ParamName);
    }

    [Fact]
    public void Blank_class_and_style_are_none_and_values_are_trimmed()
    {
        var div = new DivMedia(Media.Markdown("x"), "  box ", " color:red ");

        Assert.Equal("box", div.CssClass);
        Assert.Equal("color:red", div.Style);
        Assert.Null(Media.Image("a.png", cssClass: " ", style: "").CssClass);
        Assert.Null(Media.Image("a.png", cssClass: " ", style: "").Style);
    }

    [Fact]
    public void An_empty_group_is_refused_and_groups_compare_by_value()
    {
        Assert.Contains("needs at least one media", Assert.Throws<ArgumentException>(() => Media.Group()).Message, StringComparison.Ordinal);
        Assert.Equal(Media.Group(Media.Image("a.png"), Media.Markdown("b")), Media.Group(Media.Image("a.png"), Media.Markdown("b")));
        Assert.NotEqual(Media.Group(Media.Image("a.png")), Media.Group(Media.Image("b.png")));
        Assert.Equal(Media.Align(Alignment.Right, Media.Markdown("x")), new DivMedia(Media.Markdown("x"), alignment: Alignment.Right));
    }

    [Fact]
    public void Validate_reads_the_images_inside_groups_and_divs()
    {
        var talk = Body()
            .Figure(Media.Group(Media.Image("a.png", alt: "A"), Media.Image("b.png")), "Two.")
            .Align(Alignment.Center, Media.Image("c.png"))
            .Div(Media.Group(Media.Markdown("<script>alert(1)</script>", allowHtml: true)), cssClass: "box");

        var found = talk.Validate();

        Assert.Equal(2, found.Count(d => d.Id == "TALK020"));
        Assert.Contains(found, d => d.Id == "TALK020" && d.Message.Contains("'b.png'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Id == "TALK020" && d.Message.Contains("'c.png'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Id == "TALK025");
        Assert.DoesNotContain("alert(1)", talk.RenderSlides(), StringComparison.Ordinal);
    }

    /// <summary>The Office and notebook formats show a group's media one after another and a div's or an alignment's content as it is, as lamd's macros for them do.</summary>
    private static Talk OfficeLayouts => SampleTalks.Header("Office layouts")
        .Subsection("Pictures")
            .Figure(Media.Group(Media.Image("diagrams/wide.png", alt: "Wide"), Media.Image("diagrams/tall.png", alt: "Tall")), "Both pictures.")
            .Align(Alignment.Right, "Aligned *text*.")
            .Div(Media.Image("diagrams/wide.png", alt: "Wide again"), cssClass: "box", style: "border:none");

    [Fact]
    public void The_word_notes_embed_every_image_of_a_group_and_a_div_and_stay_valid()
    {
        using var temp = new Output.TempFolder();
        using var document = DocxTests.Open(OfficeLayouts, OfficeTestTalks.MediaFolder(temp.Root));

        Assert.Equal(3, document.MainDocumentPart!.Document!.Descendants<W.Drawing>().Count());
        Assert.Contains(DocxTests.Paragraphs(document), p => p.InnerText == "Aligned text.");
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_powerpoint_slide_shows_every_image_of_a_group_and_a_div()
    {
        using var temp = new Output.TempFolder();
        using var document = PptxTests.Open(OfficeLayouts, OfficeTestTalks.MediaFolder(temp.Root));

        var slide = PptxTests.Slides(document).Single(s => PptxTests.Texts(s).Contains("Pictures"));
        Assert.Equal(3, slide.Slide!.Descendants<P.Picture>().Count());
        Assert.Contains("Aligned text.", PptxTests.Texts(slide));
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void The_notebook_shows_a_groups_images_in_order_and_a_divs_content(string format)
    {
        var notebook = NotebookTests.Parse(OfficeLayouts, format);

        NotebookTests.AssertValid(notebook);
        var markdown = string.Join("\n", NotebookTests.Cells(notebook).Where(c => NotebookTests.Type(c) == "markdown").Select(NotebookTests.Source));
        Assert.Contains("![Wide](diagrams/wide.png)\n\n![Tall](diagrams/tall.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("Aligned *text*.", markdown, StringComparison.Ordinal);
        Assert.Contains("![Wide again](diagrams/wide.png)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("box", markdown, StringComparison.Ordinal);
    }
}
