using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace TalkDsl.Rendering.Pdf;

/// <summary>
/// One headless chromium that prints pages to PDF, started on first use and shared by every talk of a run
/// (<see cref="Output.TalkOutput"/> owns one per run; <see cref="TalkRendering.Render(IRenderableTalk, Formats.TalkFormat, Stream, Formats.TalkRenderOptions?)"/>
/// one per call). Pages load from <c>file:</c> URLs only: any other request is aborted, so nothing is
/// fetched from the network; an image missing beside the page is served from the media folder.
/// </summary>
/// <param name="needs">What needs chromium, for the message when it is missing (see <see cref="Missing"/>).</param>
internal sealed class PdfBrowser(PdfOptions options, string needs = "the PDF formats print through it") : IDisposable
{
    /// <summary>
    /// The flags this machine needs: headless, no sandbox (tests and CI run as root in a container), no
    /// GPU, and nothing that talks to the network on its own. A fresh profile folder is added per launch.
    /// </summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>How long loading, typesetting or printing one page may take: a limit for a hung browser on a busy machine.</summary>
    private const int TimeoutMs = 120_000;

    private readonly SemaphoreSlim _gate = new(1, 1);

    private DirectoryInfo? _profile;

    private IBrowser? _browser;

    /// <summary>What is wrong when chromium is not at the path <paramref name="options"/> name, with what to do; null when it is there.</summary>
    /// <param name="needs">What needs chromium, for the message, e.g. "the PDF formats print through it".</param>
    public static string? Missing(PdfOptions options, string needs = "the PDF formats print through it")
    {
        var path = options.Chromium;
        return File.Exists(path) ? null
            : $"chromium was not found at {path}, and {needs}: install Debian's chromium as root with `apt-get install chromium`, or set {PdfOptions.ChromiumVariable} to a chromium executable.";
    }

    /// <summary>Prints <paramref name="htmlFile"/> (with <paramref name="query"/>) to PDF bytes.</summary>
    /// <exception cref="PdfRenderException">chromium is missing, did not start, or the page did not load or print in time.</exception>
    public byte[] Print(string htmlFile, string query, PdfPage page, string? mediaFolder, string? outputFolder = null) =>
        Task.Run(() => PrintAsync(htmlFile, query, page, mediaFolder, outputFolder)).GetAwaiter().GetResult();

    /// <summary>Draws an SVG file as a PNG at twice its size, for the Office formats' fallback; returns the PNG and the SVG's size in CSS pixels.</summary>
    /// <exception cref="PdfRenderException">chromium is missing, did not start, or could not draw the file.</exception>
    public (byte[] Png, int Width, int Height) Rasterise(string svgFile) =>
        Task.Run(() => RasteriseAsync(svgFile)).GetAwaiter().GetResult();

    public void Dispose()
    {
        if (_browser is not null)
        {
            Task.Run(async () =>
            {
                await _browser.CloseAsync().ConfigureAwait(false);
                await _browser.DisposeAsync().ConfigureAwait(false);
            }).GetAwaiter().GetResult();
            _browser = null;
        }

        try
        {
            _profile?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // chromium may still be letting go of its profile; a temporary folder is left, not an error.
        }

        _gate.Dispose();
    }

    /// <summary>
    /// Opens <paramref name="htmlFile"/> as <see cref="Print"/> does, waits for <paramref name="ready"/> and the page's
    /// fonts, and returns what <paramref name="read"/> reads from it (the layout check measures the slides this way).
    /// </summary>
    /// <param name="what">What is done, for the message when it fails, e.g. "measure".</param>
    /// <exception cref="PdfRenderException">chromium is missing, did not start, or the page did not load or answer in time.</exception>
    public T Read<T>(string htmlFile, string query, Func<IPage, Task> ready, Func<IPage, Task<T>> read, string what, string? mediaFolder) =>
        Task.Run(() => OpenAsync(htmlFile, query, ready, read, what, mediaFolder, outputFolder: null)).GetAwaiter().GetResult();

    private Task<byte[]> PrintAsync(string htmlFile, string query, PdfPage layout, string? mediaFolder, string? outputFolder) =>
        OpenAsync(htmlFile, query, layout.WaitUntilReady, page => page.PdfDataAsync(layout.Options), "print", mediaFolder, outputFolder);

    private async Task<T> OpenAsync<T>(string htmlFile, string query, Func<IPage, Task> ready, Func<IPage, Task<T>> read, string what, string? mediaFolder, string? outputFolder)
    {
        var browser = await StartAsync().ConfigureAwait(false);
        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync().ConfigureAwait(false);
            page.DefaultTimeout = TimeoutMs;
            page.DefaultNavigationTimeout = TimeoutMs;
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(htmlFile))!;
            page.Request += async (_, e) => await RouteAsync(e.Request, folder, mediaFolder, outputFolder).ConfigureAwait(false);
            await page.GoToAsync(new Uri(htmlFile).AbsoluteUri + query, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = TimeoutMs }).ConfigureAwait(false);
            await ready(page).ConfigureAwait(false);
            await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)").ConfigureAwait(false);
            return await read(page).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PuppeteerException or TimeoutException or IOException)
        {
            throw new PdfRenderException($"chromium did not {what} {Path.GetFileName(htmlFile)}: {ex.Message}", ex);
        }
        finally
        {
            if (page is not null)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<(byte[] Png, int Width, int Height)> RasteriseAsync(string svgFile)
    {
        var browser = await StartAsync().ConfigureAwait(false);
        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync().ConfigureAwait(false);
            page.DefaultTimeout = TimeoutMs;
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(Path.GetFullPath(svgFile))!;
            page.Request += async (_, e) => await RouteAsync(e.Request, folder, mediaFolder: null, outputFolder: null).ConfigureAwait(false);
            await page.GoToAsync(new Uri(Path.GetFullPath(svgFile)).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = TimeoutMs }).ConfigureAwait(false);
            var size = await page.EvaluateFunctionAsync<double[]>("() => { const box = document.documentElement.getBoundingClientRect(); return [box.width, box.height]; }").ConfigureAwait(false);
            var (width, height) = ((int)Math.Ceiling(Math.Max(1, size[0])), (int)Math.Ceiling(Math.Max(1, size[1])));
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = 2 }).ConfigureAwait(false);
            var png = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png, OmitBackground = true }).ConfigureAwait(false);
            return (png, width, height);
        }
        catch (Exception ex) when (ex is PuppeteerException or TimeoutException or IOException)
        {
            throw new PdfRenderException($"chromium did not draw {Path.GetFileName(svgFile)}: {ex.Message}", ex);
        }
        finally
        {
            if (page is not null)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Local files go through (a file missing beside the page comes from the output folder, or an image from the media folder); everything else is aborted.</summary>
    private static async Task RouteAsync(IRequest request, string folder, string? mediaFolder, string? outputFolder)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || !(url.IsFile || url.Scheme is "data" or "blob" or "about"))
        {
            await request.AbortAsync().ConfigureAwait(false);
            return;
        }

        var path = url.IsFile ? url.LocalPath : null;
        if (path is not null && !File.Exists(path))
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            var inOutput = outputFolder is null ? null : Output.MediaFiles.FileIn(outputFolder, relative);
            if ((inOutput ?? (mediaFolder is null ? null : Output.MediaFiles.FileIn(mediaFolder, relative))) is { } image)
            {
                await request.RespondAsync(new ResponseData { Status = System.Net.HttpStatusCode.OK, BodyData = await File.ReadAllBytesAsync(image).ConfigureAwait(false) }).ConfigureAwait(false);
                return;
            }
        }

        await request.ContinueAsync().ConfigureAwait(false);
    }

    private async Task<IBrowser> StartAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            if (Missing(options, needs) is { } missing)
            {
                throw new PdfRenderException(missing);
            }

            _profile = Directory.CreateTempSubdirectory("talkdsl-chromium-");
            try
            {
                _browser = await Puppeteer.LaunchAsync(new LaunchOptions
                {
                    ExecutablePath = options.Chromium,
                    Headless = true,
                    Args = [.. Flags],
                    UserDataDir = _profile.FullName,
                    Timeout = TimeoutMs,
                }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PuppeteerException or ProcessException or IOException or System.ComponentModel.Win32Exception)
            {
                throw new PdfRenderException($"chromium at {options.Chromium} did not start: {ex.Message}. Check that it runs (`{options.Chromium} --version`); reinstall it with `apt-get install chromium`.", ex);
            }

            _browser.DefaultWaitForTimeout = TimeoutMs;
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>How one kind of page prints: when it is ready, and the PDF's page setup.</summary>
internal sealed record PdfPage(Func<IPage, Task> WaitUntilReady, PuppeteerSharp.PdfOptions Options)
{
    /// <summary>A reveal.js page in print mode: one PDF page per slide at the slide's size, once reveal.js has laid them out and MathJax has typeset.</summary>
    public static PdfPage Slides { get; } = new(
        async page =>
        {
            await page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady() && document.querySelectorAll('.pdf-page').length > 0").ConfigureAwait(false);
            await Typeset(page).ConfigureAwait(false);
        },
        new PuppeteerSharp.PdfOptions { PreferCSSPageSize = true, PrintBackground = true });

    /// <summary>A reveal.js page on screen, once reveal.js has laid out its slides and MathJax has typeset.</summary>
    public static async Task SlidesOnScreenReady(IPage page)
    {
        await page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()").ConfigureAwait(false);
        await Typeset(page).ConfigureAwait(false);
    }

    /// <summary>The notes page on the talk's paper, with page numbers in the footer, once MathJax has typeset.</summary>
    public static PdfPage Notes(PaperGeometry paper) => new(
        Typeset,
        new PuppeteerSharp.PdfOptions
        {
            Width = Millimetres(paper.WidthMm),
            Height = Millimetres(paper.HeightMm),
            MarginOptions = new MarginOptions { Top = Millimetres(paper.MarginMm), Bottom = Millimetres(paper.MarginMm), Left = Millimetres(paper.MarginMm), Right = Millimetres(paper.MarginMm) },
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"width: 100%; font-size: 9px; text-align: center; color: #555;\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
        });

    private static string Millimetres(double mm) => mm.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "mm";

    /// <summary>Waits for MathJax (loaded by the page or by reveal.js's math plugin) to finish its first typesetting.</summary>
    private static async Task Typeset(IPage page)
    {
        await page.WaitForFunctionAsync("() => !!(window.MathJax && MathJax.startup && MathJax.startup.promise)").ConfigureAwait(false);
        await page.EvaluateExpressionAsync("MathJax.startup.promise.then(() => true)").ConfigureAwait(false);
    }
}
