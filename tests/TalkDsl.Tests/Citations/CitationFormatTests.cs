using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TalkDsl.Formats;
using TalkDsl.Tests.Formats;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Tests.Citations;

/// <summary>
/// Citations read the same in every format: "(Lawrence, 2005)" in the text and the References list the HTML
/// pages have, entry for entry — read back with readers we did not write (the Open XML SDK and its
/// validator, the nbformat schema). The PDFs are chromium's print of the pages (TalkDsl.Browser.Tests).
/// </summary>
public sealed partial class CitationFormatTests
{
    private static readonly string[] Cited = ["(Lawrence, 2005)", "(see Lawrence and Moore, 2007, p. 483)", "Hinton et al. (2006)", "Rasmussen and Williams (2006, chap. 2)", "(Lawrence, 2017a, 2017b)", "(2015)"];

    [Fact]
    public void Pptx_slides_cite_author_date_and_list_the_entries_the_slides_page_lists()
    {
        using var document = PptxTests.Open(CitationRenderingTests.CitingTalk(), mediaFolder: null);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var slides = PptxTests.Slides(document);

        var text = string.Join("\n", PptxTests.Texts(slides[1]));
        Assert.All(Cited, citation => Assert.Contains(citation, text, StringComparison.Ordinal));
        Assert.DoesNotContain("World Health Organization", text, StringComparison.Ordinal); // cited in Notes() only
        Assert.Contains("Mention Damianou (2015) here.", NotesText(slides[1]), StringComparison.Ordinal);

        var references = slides[^1];
        Assert.Equal(HtmlEntries(CitationRenderingTests.CitingTalk().RenderSlides()), PptxTests.Texts(references).Skip(1).Select(t => t.Trim()));
        Assert.Contains(references.HyperlinkRelationships, r => r.Uri.ToString() == "https://doi.org/10.1145/1273496.1273557");
    }

    [Fact]
    public void Docx_notes_cite_author_date_and_list_the_entries_the_notes_page_lists()
    {
        using var document = DocxTests.Open(CitationRenderingTests.CitingTalk(), mediaFolder: null);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var paragraphs = DocxTests.Paragraphs(document);
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText));

        Assert.All(Cited, citation => Assert.Contains(citation, text, StringComparison.Ordinal));
        Assert.Contains("A report by a body, not a person (World Health Organization, 2021).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mention", text, StringComparison.Ordinal);

        var heading = paragraphs.FindLastIndex(p => p.InnerText == "References");
        Assert.Equal(HtmlEntries(CitationRenderingTests.CitingTalk().RenderNotes()), paragraphs.Skip(heading + 1).Select(p => p.InnerText.Trim()));
        Assert.Contains(document.MainDocumentPart!.HyperlinkRelationships, r => r.Uri.ToString() == "https://doi.org/10.1145/1273496.1273557");
    }

    [Fact]
    public void Docx_citations_jump_to_their_entries_bookmarks()
    {
        using var document = DocxTests.Open(CitationRenderingTests.CitingTalk(), mediaFolder: null);
        var body = document.MainDocumentPart!.Document!.Body!;

        var citation = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().First(h => h.InnerText == "Lawrence, 2005");
        var bookmark = Assert.Single(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>(), b => b.Name?.Value == citation.Anchor?.Value);
        Assert.StartsWith("Lawrence, N.D., 2005. Probabilistic", ((DocumentFormat.OpenXml.Wordprocessing.Paragraph)bookmark.Parent!).InnerText, StringComparison.Ordinal);
        Assert.Equal(8, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>().Count());
    }

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void Notebooks_cite_author_date_linked_to_entries_and_list_the_entries_the_page_lists(string format)
    {
        var notebook = NotebookTests.Parse(CitationRenderingTests.CitingTalk(), format);
        NotebookTests.AssertValid(notebook);
        var sources = NotebookTests.Cells(notebook).Where(c => NotebookTests.Type(c) == "markdown").Select(NotebookTests.Source).ToList();
        var text = string.Join("\n\n", sources);

        Assert.All(Cited, citation => Assert.Contains(citation, Plain(text), StringComparison.Ordinal));
        Assert.Contains("The GP-LVM ([Lawrence, 2005](<#ref-Lawrence:gplvm05>))", text, StringComparison.Ordinal);
        Assert.Contains("<a id=\"ref-Lawrence:gplvm05\"></a>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[@", text, StringComparison.Ordinal);

        var html = format == "ipynb" ? CitationRenderingTests.CitingTalk().RenderNotes() : CitationRenderingTests.CitingTalk().RenderSlides();
        Assert.Equal(["## References", .. HtmlEntries(html)], sources[^1].Split("\n\n").Select(Plain));
        Assert.Contains("[https://doi.org/10.1145/1273496.1273557](<https://doi.org/10.1145/1273496.1273557>)", sources[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_citing_nothing_lists_its_links_under_references()
    {
        var notebook = NotebookTests.Parse(Talk.Titled("Links").Author("A", "B").Subsection("S").Markdown("See [lamd](https://github.com/lawrennd/lamd).").References(), "ipynb");
        NotebookTests.AssertValid(notebook);

        Assert.Equal(
            "* lamd: [https://github.com/lawrennd/lamd](<https://github.com/lawrennd/lamd>)",
            NotebookTests.Source(NotebookTests.Cells(notebook)[^1]).Split("\n\n")[^1]);
    }

    [Fact]
    public void A_youtube_video_is_named_by_its_title_in_pptx_docx_and_notebooks()
    {
        var talk = Talk.Titled("Video").Author("A", "B").Subsection("Watch").YouTube("dQw4w9WgXcQ", title: "Deep GPs <explained>");
        const string Watch = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

        using var pptx = PptxTests.Open(talk, mediaFolder: null);
        Assert.Contains($"YouTube video \u201CDeep GPs <explained>\u201D: {Watch}", PptxTests.Texts(PptxTests.Slides(pptx)[1]));
        using var docx = DocxTests.Open(talk, mediaFolder: null);
        Assert.Contains(DocxTests.Paragraphs(docx), p => p.InnerText == $"YouTube video \u201CDeep GPs <explained>\u201D: {Watch}");
        foreach (var format in new[] { "ipynb", "slides-ipynb" })
        {
            var cells = NotebookTests.Cells(NotebookTests.Parse(talk, format)).Select(NotebookTests.Source);
            Assert.Contains(cells, source => source.Contains($"[YouTube video \u201CDeep GPs \\<explained\\>\u201D]({Watch})", StringComparison.Ordinal));
        }
    }

    /// <summary>The text of each <c>div.csl-entry</c> of a page, as a reader sees it.</summary>
    private static List<string> HtmlEntries(string html) =>
        EntryPattern().Matches(html).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, string.Empty)).Trim()).ToList();

    /// <summary>Notebook Markdown as a reader sees it: anchors gone, links as their text, escapes undone.</summary>
    private static string Plain(string markdown) =>
        MarkdownEscapePattern().Replace(LinkPattern().Replace(AnchorPattern().Replace(markdown, string.Empty), "$1"), "$1").Trim();

    private static string NotesText(SlidePart slide) =>
        string.Join("\n", slide.NotesSlidePart?.NotesSlide?.Descendants<A.Paragraph>().Select(p => p.InnerText) ?? []);

    [GeneratedRegex("<div id=\"ref-[^\"]*\" class=\"csl-entry\"[^>]*>(.*?)</div>")]
    private static partial Regex EntryPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<a id=\"ref-[^\"]*\"></a>")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"\[((?:\\.|[^\]\\])*)\]\(<?[^)>]*>?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex MarkdownEscapePattern();
}
