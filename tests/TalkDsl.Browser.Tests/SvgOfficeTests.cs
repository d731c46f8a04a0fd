using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Formats;
using TalkDsl.Output;
using TalkDsl.Rendering;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace TalkDsl.Browser.Tests;

/// <summary>An SVG image in the PowerPoint and Word files: embedded as SVG, with a PNG fallback that chromium draws.</summary>
public sealed class SvgOfficeTests : IDisposable
{
    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#2a76dd"/><text x="10" y="60">A &lt; B</text></svg>""";

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("talkdsl-svg-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void An_svg_is_embedded_beside_a_png_fallback_of_its_size_in_pptx_and_docx()
    {
        var media = Directory.CreateDirectory(Path.Combine(_temp.FullName, "media", "diagrams")).Parent!.FullName;
        File.WriteAllText(Path.Combine(media, "diagrams", "box.svg"), Svg);
        var talk = new RenderableTalk("Drawn", Talk.Titled("Drawn").Date(2024, 1, 1).Subsection("Diagram").Figure(Media.Image("diagrams/box.svg", alt: "A box"), "The box.", "box"));
        var written = TalkOutput.Write([talk], new TalkOutputOptions(Path.Combine(_temp.FullName, "out"))
        {
            Formats = [TalkFormats.Pptx, TalkFormats.Docx],
            MediaFolder = media,
            Pdf = new PdfOptions { ChromiumPath = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable)) },
        });

        using (var presentation = PresentationDocument.Open(written[0], isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(presentation));
            var slide = presentation.PresentationPart!.SlideParts.Single(s => s.ImageParts.Any());
            AssertSvgWithFallback(slide, slide.ImageParts.ToList(), slide.Slide!.Descendants<SVG.SVGBlip>().Single());
        }

        using var document = WordprocessingDocument.Open(written[1], isEditable: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var main = document.MainDocumentPart!;
        AssertSvgWithFallback(main, main.ImageParts.ToList(), main.Document!.Descendants<SVG.SVGBlip>().Single());
    }

    private static void AssertSvgWithFallback(OpenXmlPart owner, List<ImagePart> images, SVG.SVGBlip blip)
    {
        Assert.Equal(["image/png", "image/svg+xml"], images.Select(i => i.ContentType).Order());
        var svg = (ImagePart)owner.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using (var reader = new StreamReader(svg.GetStream()))
        {
            Assert.Equal(Svg, reader.ReadToEnd());
        }

        // The fallback is a real PNG, drawn at twice the SVG's 200 × 100 size.
        var png = images.Single(i => i.ContentType == "image/png");
        using var stream = png.GetStream();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal((400, 200), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))));
    }
}
