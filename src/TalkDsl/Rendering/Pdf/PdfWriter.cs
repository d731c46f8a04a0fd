using System.Globalization;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Output;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Pdf;

/// <summary>
/// Prints a talk's slides page or notes page to PDF: the events go to the HTML writer, whose page is
/// saved in the print folder (where the images, and reveal.js and MathJax when they are local, are
/// reachable by relative path) and printed by chromium. The slides print in reveal.js's print mode, one
/// page per slide at the slide's size with every fragment shown, and with <see cref="PdfOptions.SpeakerNotes"/>
/// each slide's speaker notes on a page of their own; the notes print on the talk's <c>Paper(...)</c>
/// with its margins and page numbers.
/// </summary>
internal sealed class PdfWriter : ITalkWriter
{
    private readonly Stream _output;

    private readonly FormatContext _context;

    private readonly bool _slides;

    private readonly StringWriter _html = new(CultureInfo.InvariantCulture);

    private readonly ITalkWriter _page;

    private TalkMetadata _metadata = TalkMetadata.Empty;

    public PdfWriter(Stream output, FormatContext context, bool slides)
    {
        _output = output;
        _context = context;
        _slides = slides;
        _page = slides ? new RevealSlidesWriter(_html, context.Options.Slides) : new NotesHtmlWriter(_html, context.Options.Notes);
    }

    public void BeginTalk(TalkMetadata metadata)
    {
        _metadata = metadata;
        _page.BeginTalk(metadata);
    }

    public ContentTarget Output => _page.Output;

    public void Heading(HeadingLevel level, string? title, string? anchor) => _page.Heading(level, title, anchor);

    public void Content(ContentTarget target, string markdown, bool allowHtml) => _page.Content(target, markdown, allowHtml);

    public void Media(Media media) => _page.Media(media);

    public void Figure(Media media, string caption, string? label) => _page.Figure(media, caption, label);

    public void Columns(Media left, Media right, string leftWidth, string rightWidth) => _page.Columns(left, right, leftWidth, rightWidth);

    public void Fragment(string markdown) => _page.Fragment(markdown);

    public void SlideText(SlideTextKind kind, string markdown) => _page.SlideText(kind, markdown);

    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target) => _page.Animation(name, frames, target);

    public void Code(CodeKind kind, string code, string language, bool onSlides) => _page.Code(kind, code, language, onSlides);

    public void EditLink(string sourceFile) => _page.EditLink(sourceFile);

    public void Thanks(string anchor) => _page.Thanks(anchor);

    public void References(string anchor) => _page.References(anchor);

    /// <summary>The PDFs print offline (every request off this machine is refused): reveal.js and MathJax must be local copies.</summary>
    private void RequireLocalScripts()
    {
        var scripts = _slides
            ? new[] { ("reveal.js", _context.Options.Slides.RevealUrl, "SlidesOptions.RevealUrl"), ("MathJax", _context.Options.Slides.MathJaxUrl, "SlidesOptions.MathJaxUrl") }
            : [("MathJax", _context.Options.Notes.MathJaxUrl, "NotesOptions.MathJaxUrl")];
        foreach (var (name, url, option) in scripts)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile)
            {
                throw new PdfRenderException(
                    $"the PDFs print offline, but the page loads {name} from {url}: set {option} to a local copy (a folder or file path, e.g. an npm install of reveal.js and mathjax), then run again.");
            }
        }
    }

    public void EndTalk()
    {
        _page.EndTalk();
        if (PdfBrowser.Missing(_context.Options.Pdf) is { } missing)
        {
            throw new PdfRenderException(missing);
        }

        RequireLocalScripts();
        var ownFolder = _context.PrintFolder is null ? Directory.CreateTempSubdirectory("talkdsl-print-") : null;
        if (ownFolder is not null)
        {
            // Printed on its own (not by TalkOutput): the page's bundled runtime goes beside it first.
            BundledAssets.CopyTo(ownFolder.FullName);
        }

        try
        {
            var folder = _context.PrintFolder ?? ownFolder!.FullName;
            var slug = PandocIdentifier.Create(_metadata.Title ?? "talk");
            var page = Path.Combine(folder, $".print-{Guid.NewGuid():N}-{slug}.{(_slides ? "slides" : "notes")}.html");
            File.WriteAllText(page, _html.ToString());
            try
            {
                // reveal.js reads its configuration from the query too: print mode, one page per slide, notes pages when asked.
                var query = _slides ? "?print-pdf&pdfSeparateFragments=false" + (_context.Options.Pdf.SpeakerNotes ? "&showNotes=separate-page" : string.Empty) : string.Empty;
                var layout = _slides ? PdfPage.Slides : PdfPage.Notes(PaperGeometry.Of(_metadata.Paper));
                var browser = _context.Browser ?? throw new InvalidOperationException("The PDF formats print with the browser of their run or call.");
                var pdf = browser.Print(page, query, layout, _context.MediaFolder, _context.OutputFolder);
                _output.Write(pdf);
            }
            finally
            {
                File.Delete(page);
            }
        }
        finally
        {
            ownFolder?.Delete(recursive: true);
        }
    }
}
