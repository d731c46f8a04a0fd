using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Formats;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Tests.Formats;

/// <summary>The PowerPoint slides, read back with the Open XML SDK and checked by its validator.</summary>
public sealed class PptxTests : IDisposable
{
    private readonly Output.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_presentation_passes_the_open_xml_validator_and_is_16_by_9()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var size = document.PresentationPart!.Presentation!.SlideSize!;
        Assert.Equal(16.0 / 9, (double)size.Cx!.Value / size.Cy!.Value, 3);
    }

    [Fact]
    public void There_is_a_slide_per_slide_of_the_outline_with_its_title_the_first_the_title_slide()
    {
        var talk = OfficeTestTalks.Rich();
        using var document = Open(talk, OfficeTestTalks.MediaFolder(_temp.Root));
        var slides = Slides(document);

        Assert.Equal(talk.Outline().SlideCount, slides.Count);
        Assert.Equal(["Cats < Dogs & \"Birds\" 'n' fish", "Part one", "Lists", "Pictures", "Thanks!", "References"], slides.Select(Title));
        Assert.Equal(["A subtitle", "Ada Lovelace, Analytical Engines", "Cambridge", "2024-05-06"], Texts(slides[0]).Skip(1));
        Assert.Equal("Cats < Dogs & \"Birds\" 'n' fish", document.PackageProperties.Title);
        Assert.Equal(["References", "a link: https://example.org/a?b=1&c=2"], Texts(slides[5]));
        Assert.Equal(["Thanks!", "Ada Lovelace  @ada"], Texts(slides[4]));
    }

    [Fact]
    public void Lists_keep_their_levels_runs_their_formatting_and_links_are_hyperlinks()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));
        var lists = Slides(document)[2];
        var paragraphs = lists.Slide!.Descendants<A.Paragraph>().ToList();

        var items = paragraphs.Where(p => p.ParagraphProperties?.GetFirstChild<A.CharacterBullet>() is not null || p.ParagraphProperties?.GetFirstChild<A.AutoNumberedBullet>() is not null)
            .Select(p => (p.InnerText, p.ParagraphProperties!.Level?.Value ?? 0, p.ParagraphProperties.GetFirstChild<A.AutoNumberedBullet>() is not null))
            .ToList();
        Assert.Equal([("first", 0, false), ("second level", 1, false), ("third level", 2, false), ("back to first", 0, false), ("one", 0, true), ("two", 0, true)], items);
        var runs = paragraphs.First(p => p.InnerText.StartsWith("Some ", StringComparison.Ordinal)).Elements<A.Run>().ToList();
        Assert.True(runs.Single(r => r.InnerText == "bold").RunProperties!.Bold!.Value);
        Assert.True(runs.Single(r => r.InnerText == "italic").RunProperties!.Italic!.Value);
        Assert.Equal("Courier New", runs.Single(r => r.InnerText == "code").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        Assert.Equal("Courier New", runs.Single(r => r.InnerText == "$e^{i\\pi}$").RunProperties!.GetFirstChild<A.LatinFont>()!.Typeface!.Value);
        var link = runs.Single(r => r.InnerText == "a link").RunProperties!.GetFirstChild<A.HyperlinkOnClick>()!;
        Assert.Equal("https://example.org/a?b=1&c=2", lists.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
        Assert.Contains("Details", Texts(lists));
        Assert.Contains("a | b", Texts(lists));
        Assert.DoesNotContain(Texts(lists), t => t.Contains("Only in the notes", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaker_notes_and_captions_are_on_the_notes_pages()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));
        var slides = Slides(document);

        Assert.Equal("Speak about the lists.", slides[2].NotesSlidePart!.NotesSlide!.Descendants<A.Paragraph>().Single().InnerText);
        Assert.Equal("The wide one.", slides[3].NotesSlidePart!.NotesSlide!.InnerText);
        Assert.Null(slides[1].NotesSlidePart);
    }

    [Fact]
    public void Images_are_embedded_scaled_into_the_slide_and_columns_are_two_placeholders()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));
        var pictures = Slides(document)[3];

        Assert.Equal(2, pictures.ImageParts.Count());
        foreach (var picture in pictures.Slide!.Descendants<Picture>())
        {
            var transform = picture.ShapeProperties!.Transform2D!;
            Assert.InRange(transform.Offset!.X!.Value + transform.Extents!.Cx!.Value, 0, 12192000);
            Assert.InRange(transform.Offset!.Y!.Value + transform.Extents!.Cy!.Value, 0, 6858000);
            Assert.True(transform.Extents.Cx > 0 && transform.Extents.Cy > 0);
        }

        var wide = pictures.Slide.Descendants<Picture>().First().ShapeProperties!.Transform2D!.Extents!;
        Assert.Equal(4.0, (double)wide.Cx!.Value / wide.Cy!.Value, 2);
        Assert.Equal([1u, 2u], pictures.Slide.Descendants<PlaceholderShape>().Where(p => p.Index is not null).Select(p => p.Index!.Value));
        Assert.Equal("Two Content", pictures.SlideLayoutPart!.SlideLayout!.CommonSlideData!.Name!.Value);
    }

    [Fact]
    public void Code_blocks_are_in_a_monospace_text_box_and_the_example_is_valid()
    {
        var talk = Talk.Titled("Code").Date(2024, 1, 1).Subsection("Listing").Markdown("Before.\n\n```python\nx = 1 < 2\n```").Code("hidden = 1").Code("shown = 2", onSlides: true);
        using var document = Open(talk, mediaFolder: null);
        var boxes = Slides(document)[1].Slide!.Descendants<Shape>().Where(s => s.NonVisualShapeProperties!.NonVisualShapeDrawingProperties!.TextBox?.Value == true).ToList();
        Assert.Equal(["x = 1 < 2", "shown = 2"], boxes.Select(b => b.InnerText)); // code on the slides only when asked, as on the reveal.js page
        var box = boxes[0];

        Assert.Equal("Courier New", box.Descendants<A.LatinFont>().First().Typeface!.Value);
        using var example = new MemoryStream();
        AccelerateSpark.AccelerateSparkInformationSession.Renderable.Render(TalkFormats.Pptx, example);
        using var exampleDocument = PresentationDocument.Open(example, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(exampleDocument).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(AccelerateSpark.AccelerateSparkInformationSession.Outline.SlideCount, Slides(exampleDocument).Count);
    }

    internal static PresentationDocument Open(Talk talk, string? mediaFolder)
    {
        var output = new MemoryStream();
        talk.Render(TalkFormats.Pptx, output, new TalkRenderOptions { MediaFolder = mediaFolder });
        output.Position = 0;
        return PresentationDocument.Open(output, isEditable: false);
    }

    internal static List<SlidePart> Slides(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        return presentation.Presentation!.SlideIdList!.Elements<SlideId>().Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!)).ToList();
    }

    private static string Title(SlidePart slide) => slide.Slide!.Descendants<Shape>()
        .First(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Type?.Value is { } type && (type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle))
        .InnerText;

    internal static List<string> Texts(SlidePart slide) => slide.Slide!.Descendants<A.Paragraph>().Select(p => p.InnerText).ToList();
}
