using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using TalkDsl.Formats;
using TalkDsl.Rendering;
using Xunit.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TalkDsl.Tests.Security;

/// <summary>
/// The XSS corpus in every format that is not an HTML page: <see cref="XssTalk"/> (every payload in every field,
/// raw HTML in blocks that allow it) rendered once per format and read back with readers we did not write —
/// the Open XML SDK for every hyperlink relationship and click action of the PowerPoint and Word files, Markdig
/// (with raw HTML on, as Jupyter reads a cell) and AngleSharp for every Markdown cell of both notebooks. The
/// PDFs are read back by PdfPig in the browser tests (XssPdfTests).
/// </summary>
public sealed class XssAllFormatsTests(ITestOutputHelper log)
{
    private static readonly Lazy<(IRenderableTalk Talk, int Placed, int Refused)> Corpus = new(XssTalk.Build);

    // Office files draw SVG images with chromium: none here, so the test needs no browser.
    private static readonly TalkRenderOptions Options = new() { Pdf = new PdfOptions { ChromiumPath = "/no/chromium" } };

    [Fact]
    public void The_corpus_talk_holds_every_vector_in_every_field()
    {
        var (_, placed, refused) = Corpus.Value;

        log.WriteLine($"XSS talk: {placed} values placed, {refused} refused by the builder");
        Assert.True(placed >= 40 * 10, $"{placed} values placed");
        Assert.True(refused < placed / 10, $"{refused} values refused");
    }

    [Theory]
    [InlineData("slides")]
    [InlineData("notes")]
    [InlineData("post")]
    public void The_pages_of_the_whole_corpus_in_one_talk_are_inert(string format)
    {
        var html = Corpus.Value.Talk.RenderText(TalkFormats.Find(format)!);

        var urls = InertHtml.Assert(html, format, "the whole corpus", pageScripts: true);

        log.WriteLine($"{format}: {urls} URL attributes inspected, 0 unsafe");
        Assert.True(urls > 100, $"{urls} URL attributes");
    }

    [Theory]
    [InlineData("pptx")]
    [InlineData("docx")]
    public void No_hyperlink_of_an_office_file_runs_script(string format)
    {
        using var output = new MemoryStream();
        Corpus.Value.Talk.Render(TalkFormats.Find(format)!, output, Options);
        output.Position = 0;
        using OpenXmlPackage document = format == "pptx" ? PresentationDocument.Open(output, false) : WordprocessingDocument.Open(output, false);

        var links = 0;
        foreach (var part in Parts(document))
        {
            foreach (var relationship in part.HyperlinkRelationships.Cast<ReferenceRelationship>().Concat(part.ExternalRelationships))
            {
                links++;
                var address = relationship.Uri.OriginalString;
                Assert.False(XssVectors.RunsScript(address), $"{format}: {part.Uri}: {relationship.Id} -> {address}");
                Assert.True(relationship.Uri.IsAbsoluteUri && relationship.Uri.Scheme is "http" or "https" or "mailto", $"{format}: {part.Uri}: {relationship.Id} -> {address}");
            }

            var root = part.RootElement;
            if (root is null)
            {
                continue;
            }

            // A click may also run a program or macro (ppaction://program, a HYPERLINK field): none may.
            foreach (var click in root.Descendants<A.HyperlinkOnClick>().Concat<A.HyperlinkType>(root.Descendants<A.HyperlinkOnHover>()))
            {
                Assert.True(string.IsNullOrEmpty(click.Action?.Value), $"{format}: {part.Uri}: action {click.Action?.Value}");
            }

            foreach (var field in root.Descendants<W.FieldCode>().Select(f => f.Text).Concat(root.Descendants<W.SimpleField>().Select(f => f.Instruction?.Value ?? string.Empty)))
            {
                Assert.DoesNotContain("script", field, StringComparison.OrdinalIgnoreCase);
            }
        }

        log.WriteLine($"{format}: {links} hyperlink relationships inspected, 0 unsafe");
        Assert.True(links >= XssVectors.SafeUrls.Count(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase)), $"{links} links: the safe ones must be there");
    }

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void No_markdown_cell_of_a_notebook_renders_to_script(string format)
    {
        var notebook = JsonNode.Parse(Corpus.Value.Talk.RenderText(TalkFormats.Find(format)!))!;
        // Raw HTML on, as Jupyter renders a Markdown cell.
        var jupyter = new MarkdownPipelineBuilder().UsePipeTables().Build();

        var cells = 0;
        var urls = 0;
        foreach (var cell in notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "markdown"))
        {
            cells++;
            var source = string.Concat(cell!["source"]!.AsArray().Select(line => line!.GetValue<string>()));
            urls += InertHtml.Assert(Markdown.ToHtml(source, jupyter), format, $"cell {cell["id"]}: {source[..Math.Min(source.Length, 80)]}", pageScripts: false);
        }

        log.WriteLine($"{format}: {cells} Markdown cells, {urls} URL attributes inspected, 0 unsafe");
        Assert.True(urls > 50, $"{urls} URL attributes");
    }

    private static IEnumerable<OpenXmlPart> Parts(OpenXmlPartContainer container)
    {
        var seen = new HashSet<Uri>();
        var pending = new Stack<OpenXmlPart>(container.Parts.Select(p => p.OpenXmlPart));
        while (pending.TryPop(out var part))
        {
            if (seen.Add(part.Uri))
            {
                yield return part;
                foreach (var child in part.Parts)
                {
                    pending.Push(child.OpenXmlPart);
                }
            }
        }
    }
}
