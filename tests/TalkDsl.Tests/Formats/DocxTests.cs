using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkDsl.Formats;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace TalkDsl.Tests.Formats;

/// <summary>The Word notes, read back with the Open XML SDK and checked by its validator.</summary>
public sealed class DocxTests : IDisposable
{
    private readonly Output.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_document_passes_the_open_xml_validator()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Headings_use_the_built_in_heading_styles_in_order_with_outline_levels()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));
        var headings = Paragraphs(document)
            .Where(p => Style(p) is { } style && style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (Style(p), p.InnerText))
            .ToList();

        Assert.Equal(
            [("Heading1", "Part one"), ("Heading2", "Lists"), ("Heading3", "Details"), ("Heading2", "Pictures"), ("Heading2", "Thanks!"), ("Heading2", "References")],
            headings);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            Assert.Equal($"heading {level}", styles[$"Heading{level}"].StyleName!.Val!.Value);
            Assert.Equal(level - 1, styles[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void The_title_block_text_lists_runs_links_and_code_read_back()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));
        var paragraphs = Paragraphs(document);

        Assert.Equal(("Title", "Cats < Dogs & \"Birds\" 'n' fish"), (Style(paragraphs[0]), paragraphs[0].InnerText));
        Assert.Equal(["A subtitle", "Ada Lovelace, Analytical Engines", "Cambridge", "2024-05-06"], paragraphs.Skip(1).Take(4).Select(p => p.InnerText));
        Assert.Equal("Cats < Dogs & \"Birds\" 'n' fish", document.PackageProperties.Title);

        var bullets = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => (p.InnerText, p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value)).ToList();
        Assert.Equal([("first", 0), ("second level", 1), ("third level", 2), ("back to first", 0), ("one", 0), ("two", 0), ("right column", 0)], bullets);

        var runs = paragraphs.Single(p => p.InnerText.StartsWith("Some ", StringComparison.Ordinal)).Descendants<Run>().ToList();
        Assert.NotNull(runs.Single(r => r.InnerText == "bold").RunProperties!.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "italic").RunProperties!.Italic);
        Assert.Equal("Courier New", runs.Single(r => r.InnerText == "code").RunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("Courier New", runs.Single(r => r.InnerText == "$e^{i\\pi}$").RunProperties!.RunFonts!.Ascii!.Value);
        var link = paragraphs.SelectMany(p => p.Elements<Hyperlink>()).First();
        Assert.Equal("a link", link.InnerText);
        Assert.Equal("https://example.org/a?b=1&c=2", document.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());

        Assert.Contains(paragraphs, p => Style(p) == "SourceCode" && p.InnerText == "print('hello')print(1 < 2)");
        Assert.Contains(paragraphs, p => p.InnerText == "Only in the notes.");
        Assert.DoesNotContain(paragraphs, p => p.InnerText.Contains("Speak about", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => Style(p) == "Caption" && p.InnerText == "Figure: The wide one.");
        Assert.Equal(["a link: https://example.org/a?b=1&c=2"], paragraphs.SkipWhile(p => p.InnerText != "References").Skip(1).Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => p.InnerText == "Ada Lovelace  @ada");
        Assert.NotNull(document.MainDocumentPart.Document!.Body!.Elements<Table>().SingleOrDefault());
    }

    [Fact]
    public void Images_are_embedded_and_scaled_to_the_text_width_and_the_page_is_the_talks_paper()
    {
        using var document = Open(OfficeTestTalks.Rich(), OfficeTestTalks.MediaFolder(_temp.Root));

        Assert.Equal(2, document.MainDocumentPart!.ImageParts.Count());
        var extents = document.MainDocumentPart.Document!.Descendants<DW.Extent>().ToList();
        var textWidth = (long)(6.5 * 914400); // letter: 8.5in less two 1in margins
        Assert.Equal(textWidth, extents[0].Cx!.Value, tolerance: 1);
        Assert.Equal(textWidth / 4, extents[0].Cy!.Value, tolerance: 1);
        Assert.All(extents, e => Assert.True(e.Cx! <= textWidth));
        var section = document.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal((12240u, 15840u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal(1440u, section.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void Without_a_media_folder_an_image_shows_as_its_path_and_the_example_is_valid()
    {
        using var document = Open(OfficeTestTalks.Rich(), mediaFolder: null);

        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Contains(Paragraphs(document), p => p.InnerText == "[image: A wide picture, diagrams/wide.png]");
        using var example = new MemoryStream();
        AccelerateSpark.AccelerateSparkInformationSession.Renderable.Render(TalkFormats.Docx, example);
        using var exampleDocument = WordprocessingDocument.Open(example, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(exampleDocument));
    }

    [Fact]
    public void Without_chromium_an_svg_shows_as_its_path_and_nothing_fails()
    {
        var media = OfficeTestTalks.MediaFolder(_temp.Root);
        File.WriteAllText(Path.Combine(media, "diagrams", "box.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>");
        var talk = Talk.Titled("Drawn").Date(2024, 1, 1).Subsection("Diagram").Image("diagrams/box.svg", alt: "A box");
        var output = new MemoryStream();

        talk.Render(TalkFormats.Docx, output, new TalkRenderOptions { MediaFolder = media, Pdf = new TalkDsl.Rendering.PdfOptions { ChromiumPath = Path.Combine(_temp.Root, "no-chromium") } });

        output.Position = 0;
        using var document = WordprocessingDocument.Open(output, isEditable: false);
        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Contains(Paragraphs(document), p => p.InnerText == "[image: A box, diagrams/box.svg]");
    }

    internal static WordprocessingDocument Open(Talk talk, string? mediaFolder)
    {
        var output = new MemoryStream();
        talk.Render(TalkFormats.Docx, output, new TalkRenderOptions { MediaFolder = mediaFolder });
        output.Position = 0;
        return WordprocessingDocument.Open(output, isEditable: false);
    }

    internal static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    internal static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
