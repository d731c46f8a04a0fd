using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkDsl.Formats;
using TalkDsl.Rendering;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Tests.Formats;

/// <summary>
/// Pandoc footnotes (<c>text[^x]</c>, <c>[^x]: note</c>) in every format as pandoc makes them: HTML pages number
/// them across the talk's blocks and list them in a footnotes section at the end; Word has real footnotes;
/// PowerPoint a superscript number and a Notes slide; a notebook "[1]" and a last cell of notes.
/// </summary>
public sealed class FootnoteTests
{
    private static Talk WithFootnotes() => Talk
        .Titled("Footnotes")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 3, 1)
        .Subsection("First")
            .Markdown("""
                Zero day exploits[^zeroday] are rare.

                [^zeroday]: Not known to the *makers*, see [Stuxnet](https://en.wikipedia.org/wiki/Stuxnet).
                """)
        .Subsection("Second")
            .Markdown("""
                The GDPR[^gdpr] protects people.

                [^gdpr]: General Data Protection Regulation.
                """)
        .Thanks();

    [Theory]
    [InlineData("notes")]
    [InlineData("post")]
    public void The_notes_number_footnotes_across_blocks_and_list_them_at_the_end(string format)
    {
        var html = WithFootnotes().RenderText(TalkFormats.Find(format)!);

        Assert.Contains("Zero day exploits<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" role=\"doc-noteref\"><sup>1</sup></a> are rare.", html, StringComparison.Ordinal);
        Assert.Contains("The GDPR<a href=\"#fn2\" class=\"footnote-ref\" id=\"fnref2\" role=\"doc-noteref\"><sup>2</sup></a> protects", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[^", html, StringComparison.Ordinal);
        var section = html.IndexOf("<section class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\">", StringComparison.Ordinal);
        Assert.True(section > html.IndexOf("Thanks!", StringComparison.Ordinal), "the footnotes come after everything else");
        Assert.Contains("<li id=\"fn1\" role=\"doc-endnote\"><p>Not known to the <em>makers</em>, see <a href=\"https://en.wikipedia.org/wiki/Stuxnet\">Stuxnet</a>.<a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li>", html[section..], StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn2\" role=\"doc-endnote\"><p>General Data Protection Regulation.<a href=\"#fnref2\"", html[section..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_slides_end_with_a_footnotes_slide_as_pandocs_reveal_js_output_does()
    {
        var html = WithFootnotes().RenderText(TalkFormats.Find("slides")!);

        Assert.Contains("<sup>1</sup></a> are rare.", html, StringComparison.Ordinal);
        var section = html.IndexOf("<section class=\"footnotes footnotes-end-of-document\"", StringComparison.Ordinal);
        Assert.True(section > 0);
        Assert.True(section < html.IndexOf("<script", section, StringComparison.Ordinal));
        Assert.Contains("General Data Protection Regulation.", html[section..], StringComparison.Ordinal);
        Assert.DoesNotContain("[^", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_counts_the_footnotes_slide_only_when_the_slides_cite_a_footnote()
    {
        var onSlides = WithFootnotes();
        var notesOnly = Talk.Titled("t").Subsection("s").Notes("Text[^a].\n\n[^a]: Note.").Thanks();
        var inCode = Talk.Titled("t").Subsection("s").Code("x[^a]\n[^a]: y", onSlides: true);

        Assert.Equal(onSlides.Outline().SlideCount, Sections(onSlides));
        Assert.Equal(5, onSlides.Outline().SlideCount); // title, First, Second, Thanks!, footnotes
        Assert.Equal(notesOnly.Outline().SlideCount, Sections(notesOnly));
        Assert.Equal(3, notesOnly.Outline().SlideCount);
        Assert.Equal(inCode.Outline().SlideCount, Sections(inCode));
        using var pptx = PptxTests.Open(onSlides, mediaFolder: null);
        Assert.Equal(onSlides.Outline().SlideCount, PptxTests.Slides(pptx).Count);
    }

    private static int Sections(Talk talk) =>
        System.Text.RegularExpressions.Regex.Matches(talk.RenderText(TalkFormats.Find("slides")!), "^<section", System.Text.RegularExpressions.RegexOptions.Multiline).Count;

    [Fact]
    public void A_reference_without_a_definition_stays_text_as_in_pandoc()
    {
        var html = Talk.Titled("t").Subsection("s").Markdown("Text[^missing] here.").RenderText(TalkFormats.Find("notes")!);

        Assert.Contains("Text[^missing] here.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("footnotes", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_never_cited_is_left_out_as_pandoc_leaves_it_out()
    {
        var html = Talk.Titled("t").Subsection("s").Markdown("Text.\n\n[^unused]: Never cited.").RenderText(TalkFormats.Find("notes")!);

        Assert.DoesNotContain("Never cited", html, StringComparison.Ordinal);
        Assert.DoesNotContain("footnotes", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_has_real_footnotes_that_a_validator_accepts()
    {
        using var document = DocxTests.Open(WithFootnotes(), mediaFolder: null);

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var references = document.MainDocumentPart!.Document!.Body!.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        Assert.Equal([1L, 2L], references);
        var notes = document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(n => n.Id!.Value > 0).ToList();
        Assert.Equal(["Not known to the makers, see Stuxnet.", "General Data Protection Regulation."], notes.Select(n => n.InnerText.Trim()));
        Assert.Single(notes[0].Descendants<Hyperlink>());
        Assert.DoesNotContain(DocxTests.Paragraphs(document), p => p.InnerText.Contains("[^", StringComparison.Ordinal));
    }

    [Fact]
    public void PowerPoint_shows_a_superscript_number_and_a_Notes_slide_as_pandoc_does()
    {
        using var document = PptxTests.Open(WithFootnotes(), mediaFolder: null);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var slides = PptxTests.Slides(document);
        var first = slides.Single(s => PptxTests.Texts(s).Any(t => t.StartsWith("Zero day", StringComparison.Ordinal)));
        var number = first.Slide!.Descendants<A.Run>().Single(r => r.Text!.Text == "1");
        Assert.Equal(30000, number.RunProperties!.Baseline!.Value);
        var last = PptxTests.Texts(slides[^1]);
        Assert.Equal("Notes", last[0]);
        Assert.Contains("1. Not known to the makers, see Stuxnet.", last);
        Assert.Contains("2. General Data Protection Regulation.", last);
    }

    [Fact]
    public void A_notebook_cites_by_number_and_lists_the_notes_in_its_last_cell()
    {
        var notebook = NotebookTests.Parse(WithFootnotes(), "ipynb");
        var cells = NotebookTests.Cells(notebook).Select(NotebookTests.Source).ToList();

        Assert.Contains(cells, c => c.Contains("Zero day exploits\\[1\\] are rare.", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("[^", StringComparison.Ordinal));
        Assert.Equal("\\[1\\] Not known to the *makers*, see [Stuxnet](https://en.wikipedia.org/wiki/Stuxnet).\n\n\\[2\\] General Data Protection Regulation.", cells[^1]);
    }
}
