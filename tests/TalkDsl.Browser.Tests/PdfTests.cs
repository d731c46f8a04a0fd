using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Output;
using TalkDsl.Rendering;
using UglyToad.PdfPig;

namespace TalkDsl.Browser.Tests;

/// <summary>
/// The PDF formats, printed by chromium with the bundled reveal.js and MathJax, read back with PdfPig. One
/// run writes both PDFs of a small talk (one browser for both); a second prints the slides with notes pages.
/// </summary>
public sealed class PdfTests : IClassFixture<PdfTests.Printed>
{
    private readonly Printed _printed;

    public PdfTests(Printed printed) => _printed = printed;

    private static Talk Talk() => TalkDsl.Talk
        .Titled("Printed talk")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 2, 3)
        .Paper(PaperSize.A5, "15mm")
        .Bibliography("refs.bib")
        .Subsection("Gaussian")
            .Markdown("The density is $\\frac{1}{\\sqrt{2\\pi}}$ everywhere.")
            .Fragment("A fragment, shown in print.")
            .SpeakerNotes("Notes for the speaker only.")
            .Image("diagrams/box.png", width: "30%", alt: "A box")
        .Subsubsection("An aside in the notes", shownIn: ContentTarget.Notes)
            .Notes("Read in the notes only.")
        .Subsection("Second slide")
            .Markdown("More text on the second slide, after the GP-LVM [@Lawrence:gplvm05].")
        .Section("A slide of its own", shownIn: ContentTarget.Slides)
            .Slides("Printed with the slides only.")
        .Thanks()
        .References();

    [Fact]
    public void The_slides_pdf_has_a_page_per_slide_the_title_first_each_heading_on_its_page_and_fragments_shown()
    {
        using var pdf = PdfDocument.Open(_printed.SlidesPdf);
        var pages = pdf.GetPages().ToList();

        Assert.Equal(Talk().Outline().SlideCount, pages.Count);
        // The white theme shows headings in capitals.
        Assert.Contains("Printed talk", pages[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Gaussian", pages[1].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Words("A fragment, shown in print."), Words(pages[1].Text), StringComparison.Ordinal);
        Assert.Contains("Second slide", pages[2].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\frac", pages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Notes for the speaker", pages[1].Text, StringComparison.Ordinal);
        Assert.NotEmpty(pages[1].GetImages());
        Assert.All(pages, page => Assert.Equal((pages[0].Width, pages[0].Height), (page.Width, page.Height)));
        Assert.True(pages[0].Width > pages[0].Height, "slides print landscape, at the slide's size");

        // Shown in one output only (shownIn:): the notes-only heading is on no page, the slides-only one on a page of its own.
        Assert.DoesNotContain(pages, page => page.Text.Contains("aside in the notes", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("A slide of its own", pages[3].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Words("Printed with the slides only."), Words(pages[3].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_pdf_is_on_the_talks_paper_with_the_title_block_numbered_pages_typeset_math_and_the_image()
    {
        using var pdf = PdfDocument.Open(_printed.NotesPdf);
        var pages = pdf.GetPages().ToList();
        var text = string.Join("\n", pages.Select(p => p.Text));

        // A5 is 419.53 × 595.28 pt; chromium sizes pages in whole CSS pixels, within a point of it.
        Assert.All(pages, page => Assert.Equal(419.53, page.Width, tolerance: 1.0));
        Assert.All(pages, page => Assert.Equal(595.28, page.Height, tolerance: 1.0));
        Assert.Contains("Printed talk", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Gaussian", text, StringComparison.Ordinal);
        Assert.Contains($"1 / {pages.Count}", pages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\frac", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Notes for the speaker", text, StringComparison.Ordinal);
        Assert.Contains(pages, page => page.GetImages().Any());
        Assert.Contains("An aside in the notes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A slide of its own", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_speaker_notes_each_slide_with_notes_gets_a_notes_page_after_it()
    {
        using var pdf = PdfDocument.Open(_printed.SlidesWithNotesPdf);
        var pages = pdf.GetPages().ToList();

        Assert.Equal(Talk().Outline().SlideCount + 1, pages.Count);
        Assert.Contains(Words("Notes for the speaker only."), Words(pages[2].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_pdfs_cite_author_date_and_end_with_the_reference_list()
    {
        const string Entry = "Lawrence, N.D., 2005. Probabilistic Non-linear Principal Component Analysis with Gaussian Process Latent Variable Models. Journal of Machine Learning Research 6, 1783–1816.";
        foreach (var printed in new[] { _printed.SlidesPdf, _printed.NotesPdf })
        {
            using var pdf = PdfDocument.Open(printed);
            var text = Words(string.Join("\n", pdf.GetPages().Select(InReadingOrder)));

            Assert.Contains(Words("the GP-LVM (Lawrence, 2005)."), text, StringComparison.Ordinal);
            Assert.Contains(Words(Entry), text, StringComparison.Ordinal);
            Assert.DoesNotContain("@Lawrence", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A page's letters line by line, left to right: chromium draws a link's text after the text around it, so
    /// PdfPig's page text (content-stream order) has "(Lawrence, 2005)" as "().Lawrence, 2005".
    /// </summary>
    private static string InReadingOrder(UglyToad.PdfPig.Content.Page page) => string.Concat(page.Letters
        .OrderByDescending(letter => Math.Round(letter.StartBaseLine.Y))
        .ThenBy(letter => letter.StartBaseLine.X)
        .Select(letter => letter.Value));

    /// <summary>PdfPig's page text runs words together where the PDF has no space glyphs: compare without spaces.</summary>
    private static string Words(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Writes the talk's PDFs once for the class: slides and notes in one run (one browser), then the slides with notes pages.</summary>
    public sealed class Printed : IDisposable
    {
        private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("talkdsl-pdf-");

        public Printed()
        {
            var chromium = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable));
            var media = Directory.CreateDirectory(Path.Combine(_temp.FullName, "media", "diagrams")).Parent!.FullName;
            File.WriteAllBytes(Path.Combine(media, "diagrams", "box.png"), Convert.FromBase64String(OnePixelPng));
            var options = new TalkOutputOptions(Path.Combine(_temp.FullName, "out"))
            {
                Formats = [TalkFormats.Pdf, TalkFormats.NotesPdf],
                MediaFolder = media,
                Pdf = new PdfOptions { ChromiumPath = chromium },
            };
            var written = TalkOutput.Write([new RenderableTalk("Printed", Talk())], options);
            (SlidesPdf, NotesPdf) = (File.ReadAllBytes(written[0]), File.ReadAllBytes(written[1]));
            Assert.Equal(["printed-talk.slides.pdf", "printed-talk.notes.pdf"], written.Take(2).Select(Path.GetFileName));

            using var withNotes = new MemoryStream();
            new RenderableTalk("Printed", Talk()).Render(TalkFormats.Pdf, withNotes, options with { Pdf = options.Pdf with { SpeakerNotes = true } });
            SlidesWithNotesPdf = withNotes.ToArray();
        }

        public byte[] SlidesPdf { get; }

        public byte[] NotesPdf { get; }

        public byte[] SlidesWithNotesPdf { get; }

        public void Dispose() => _temp.Delete(recursive: true);

        // A 1×1 PNG.
        private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    }
}
