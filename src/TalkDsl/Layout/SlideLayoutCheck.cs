using System.Globalization;
using TalkDsl.Formats;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Rendering.Pdf;
using TalkDsl.Rules;

namespace TalkDsl.Layout;

/// <summary>
/// Measures talks' slides in headless chromium (TALK018): each talk's slides page is rendered into a temporary
/// folder, opened at the slide size its reveal.js configuration gives, and every slide whose content is taller or
/// wider than the slide is reported at the call that opens it. One chromium serves every talk checked with one
/// instance; dispose it to stop chromium and delete the folder.
/// </summary>
public sealed class SlideLayoutCheck : IDisposable
{
    /// <summary>Each slide of the page: its content's height and width against the slide size reveal.js lays it out at.</summary>
    private const string MeasureSlides = """
        () => {
          const config = Reveal.getConfig();
          const slides = [...document.querySelectorAll('.reveal .slides > section')];
          const sizes = slides.map((slide, index) => {
            Reveal.slide(index);
            return [slide.scrollHeight, slide.scrollWidth];
          });
          return { width: config.width, height: config.height, slides: sizes };
        }
        """;

    private readonly SlideLayoutOptions _options;

    private readonly PdfBrowser _browser;

    private readonly DirectoryInfo _folder;

    /// <exception cref="SlideLayoutException">chromium is not where <paramref name="options"/> say (the message says how to install it or point at it).</exception>
    public SlideLayoutCheck(SlideLayoutOptions? options = null)
    {
        _options = options ?? new SlideLayoutOptions();
        var pdf = new PdfOptions { ChromiumPath = _options.ChromiumPath };
        const string Needs = "the layout check measures the slides in it";
        if (PdfBrowser.Missing(pdf, Needs) is { } missing)
        {
            throw new SlideLayoutException(missing);
        }

        _browser = new PdfBrowser(pdf, Needs);
        _folder = Directory.CreateTempSubdirectory("talkdsl-layout-");
    }

    /// <summary>The slides of <paramref name="talk"/> that do not fit, as TALK018 warnings in slide order; empty when all fit.</summary>
    /// <exception cref="TalkOutputException">The talk cannot be rendered (it has errors, or an image is missing).</exception>
    /// <exception cref="SlideLayoutException">chromium did not start, or did not load or measure the page.</exception>
    public IReadOnlyList<TalkDiagnostic> Check(IRenderableTalk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var page = TalkOutput.Write([talk], new TalkOutputOptions(_folder.FullName)
        {
            Formats = [TalkFormats.Slides],
            Slides = _options.Slides,
            MediaFolder = _options.MediaFolder,
            Stylesheet = _options.Stylesheet,
        })[0];

        SlideSizes measured;
        try
        {
            measured = _browser.Read(page, string.Empty, PdfPage.SlidesOnScreenReady, p => p.EvaluateFunctionAsync<SlideSizes>(MeasureSlides), "measure", _options.MediaFolder);
        }
        catch (PdfRenderException ex)
        {
            throw new SlideLayoutException(ex.Message, ex);
        }

        var sources = SlideSources.Of(talk);
        var found = new List<TalkDiagnostic>();
        for (var i = 0; i < measured.Slides.Length; i++)
        {
            if (Overflow(measured.Slides[i], measured.Width, measured.Height) is not { } overflow)
            {
                continue;
            }

            var source = sources is not null && i < sources.Count ? sources[i] : SlideSources.Numbered(talk, i);
            var descriptor = RuleCatalog.SlideOverflows;
            found.Add(new TalkDiagnostic(
                descriptor.Id,
                (TalkDiagnosticSeverity)descriptor.Severity,
                string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, source.Title, overflow),
                source.Location));
        }

        return found;
    }

    public void Dispose()
    {
        _browser.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a file; a temporary folder is left, not an error.
        }
    }

    /// <summary>"38 % taller", "12 % wider" or both; null when the content fits (a pixel of rounding allowed).</summary>
    private static string? Overflow(int[] size, int width, int height)
    {
        string? Part(int content, int slide, string word) =>
            content > slide + 1 ? Math.Max(1, (int)Math.Round((content - slide) * 100.0 / slide)) + " % " + word : null;

        var parts = new[] { Part(size[0], height, "taller"), Part(size[1], width, "wider") }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    /// <summary>What the page reports: reveal.js's slide size and each slide's content height and width, in CSS pixels.</summary>
    private sealed record SlideSizes(int Width, int Height, int[][] Slides);
}

/// <summary>The layout check could not measure: chromium is missing or failed. The message says what to do.</summary>
public sealed class SlideLayoutException : Exception
{
    public SlideLayoutException(string message)
        : base(message)
    {
    }

    public SlideLayoutException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
