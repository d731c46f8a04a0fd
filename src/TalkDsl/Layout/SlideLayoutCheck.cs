using System.Globalization;
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

    private readonly SlidesOptions _slides;

    private readonly PdfBrowser _browser;

    private readonly DirectoryInfo _folder;

    /// <exception cref="SlideLayoutException">chromium is not where <paramref name="options"/> say (the message says how to install it or
    /// point at it), or the stylesheet they name does not exist.</exception>
    public SlideLayoutCheck(SlideLayoutOptions? options = null)
    {
        _options = options ?? new SlideLayoutOptions();
        var pdf = new PdfOptions { ChromiumPath = _options.ChromiumPath };
        const string Needs = "the layout check measures the slides in it";
        if (PdfBrowser.Missing(pdf, Needs) is { } missing)
        {
            throw new SlideLayoutException(missing);
        }

        if (_options.Stylesheet is { } given && !File.Exists(given))
        {
            throw new SlideLayoutException($"the stylesheet {Path.GetFullPath(given)} does not exist: give the CSS file the slides are rendered with, or none.");
        }

        _folder = Directory.CreateTempSubdirectory("talkdsl-layout-");
        BundledAssets.CopyTo(_folder.FullName);
        var stylesheet = _options.Stylesheet is { } css ? Path.GetFileName(css) : null;
        if (_options.Stylesheet is { } file)
        {
            File.Copy(file, Path.Combine(_folder.FullName, stylesheet!), overwrite: true);
        }

        // The pages load from file: with every other request refused, so the runtime is always the bundled copy beside them.
        _slides = _options.Slides with { RevealUrl = SlidesOptions.DefaultRevealUrl, MathJaxUrl = SlidesOptions.DefaultMathJaxUrl, Stylesheet = stylesheet };
        _browser = new PdfBrowser(pdf, Needs);
    }

    /// <summary>The slides of <paramref name="talk"/> that do not fit, as TALK018 warnings in slide order; empty when all fit.</summary>
    /// <exception cref="TalkValidationException">The talk has errors: it has no slides to measure.</exception>
    /// <exception cref="SlideLayoutException">chromium did not start, or did not load or measure the page.</exception>
    public IReadOnlyList<TalkDiagnostic> Check(IRenderableTalk talk) => Measure(Prepare(talk));

    /// <summary>
    /// What measuring needs from the talk's code: its slides page and the call that opens each slide. The live
    /// preview prepares while the talk's assembly is loaded and measures after, off the path of the reload.
    /// </summary>
    /// <exception cref="TalkValidationException">The talk has errors.</exception>
    public PreparedSlides Prepare(IRenderableTalk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        return new PreparedSlides(talk.Name, talk.RenderSlides(_slides), SlideSources.Of(talk));
    }

    /// <summary>The slides of a prepared talk that do not fit, as TALK018 warnings in slide order.</summary>
    /// <exception cref="SlideLayoutException">chromium did not start, or did not load or measure the page.</exception>
    public IReadOnlyList<TalkDiagnostic> Measure(PreparedSlides slides)
    {
        ArgumentNullException.ThrowIfNull(slides);
        var page = Path.Combine(_folder.FullName, slides.Name + ".slides.html");
        File.WriteAllText(page, slides.Html);
        SlideSizes measured;
        try
        {
            measured = _browser.Read(page, string.Empty, PdfPage.SlidesOnScreenReady, p => p.EvaluateFunctionAsync<SlideSizes>(MeasureSlides), "measure", _options.MediaFolder);
        }
        catch (PdfRenderException ex)
        {
            throw new SlideLayoutException(ex.Message, ex);
        }

        var found = new List<TalkDiagnostic>();
        for (var i = 0; i < measured.Slides.Length; i++)
        {
            if (Overflow(measured.Slides[i], measured.Width, measured.Height) is not { } overflow)
            {
                continue;
            }

            var source = slides.Sources is { } sources && i < sources.Count ? sources[i] : SlideSources.Numbered(slides.Name, i);
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

/// <summary>A talk's slides page and the call that opens each slide, ready for <see cref="SlideLayoutCheck.Measure"/>.</summary>
public sealed class PreparedSlides
{
    internal PreparedSlides(string name, string html, IReadOnlyList<SlideSource>? sources)
    {
        Name = name;
        Html = html;
        Sources = sources;
    }

    /// <summary>The talk's name.</summary>
    public string Name { get; }

    internal string Html { get; }

    /// <summary>The call that opens each slide; null when the talk is not a fluent chain.</summary>
    internal IReadOnlyList<SlideSource>? Sources { get; }
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
