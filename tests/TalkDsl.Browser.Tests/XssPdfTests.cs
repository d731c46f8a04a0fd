using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Formats;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Tests.Security;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using Xunit.Abstractions;

namespace TalkDsl.Browser.Tests;

/// <summary>
/// The XSS corpus in the PDFs: <see cref="XssTalk"/> (every payload in every field, raw HTML in blocks that allow
/// it) printed once by chromium as slides and notes, read back with PdfPig: every link annotation goes to an
/// http, https or mailto address or inside the document, none to <c>javascript:</c>, <c>vbscript:</c> or
/// <c>data:text/html</c>, and no annotation runs a script action.
/// </summary>
public sealed class XssPdfTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("talkdsl-xss-pdf-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void No_link_of_either_pdf_runs_script()
    {
        var options = new TalkOutputOptions(Path.Combine(_temp.FullName, "out"))
        {
            Formats = [TalkFormats.Pdf, TalkFormats.NotesPdf],
            Pdf = new PdfOptions { ChromiumPath = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable)) },
        };

        var written = TalkOutput.Write([XssTalk.Build().Talk], options);

        var links = 0;
        foreach (var file in written.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages())
            {
                foreach (var annotation in page.GetAnnotations())
                {
                    var where = $"{Path.GetFileName(file)} page {page.Number}: {annotation.Type}";
                    switch (annotation.Action)
                    {
                        case null:
                            break;
                        case UriAction uri:
                            links++;
                            Assert.False(XssVectors.RunsScript(uri.Uri), $"{where} -> {uri.Uri}");
                            Assert.True(Uri.TryCreate(uri.Uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" or "mailto" or "file", $"{where} -> {uri.Uri}");
                            break;
                        case GoToAction:
                            break;
                        default:
                            Assert.Fail($"{where}: a {annotation.Action.GetType().Name} action");
                            break;
                    }

                    Assert.False(annotation.AnnotationDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("JS")), $"{where}: JavaScript");
                }
            }
        }

        log.WriteLine($"PDF: {links} link annotations inspected in {written.Count(f => f.EndsWith(".pdf", StringComparison.Ordinal))} PDFs, 0 unsafe");
        Assert.True(links >= 3, $"{links} links: the safe ones must be there");
    }
}
