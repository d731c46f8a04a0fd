using PuppeteerSharp;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Renders talks with <see cref="TalkOutput"/> into a temporary folder, serves it and the local npm
/// install on 127.0.0.1, and starts one headless chromium for the test class.
/// </summary>
public abstract class BrowserFixture : IAsyncLifetime
{
    private DirectoryInfo? _temp;
    private LocalServer? _server;
    private IBrowser? _browser;

    /// <summary>The absolute paths <see cref="TalkOutput.Write"/> returned.</summary>
    public IReadOnlyList<string> Written { get; private set; } = [];

    /// <summary>How long opening a tab, loading a page or waiting on it may take before the test fails.</summary>
    public const int TabTimeoutMs = 120_000;

    /// <summary>Where screenshots go: beside the test assembly, so they survive the run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        BrowserSetup.RequireWebPackages(BrowserSetup.WebFolder);

        _temp = Directory.CreateTempSubdirectory("talkdsl-browser-");
        var talkFolder = Path.Combine(_temp.FullName, "talk");
        var options = new TalkOutputOptions(talkFolder)
        {
            // The pages live in /talk/, the npm install in /web/: relative URLs, no network.
            Slides = SlidesOptions.Default with
            {
                RevealUrl = "../web/node_modules/reveal.js",
                MathJaxUrl = "../web/node_modules/mathjax/es5/tex-chtml-full.js",
            },
            Notes = NotesOptions.Default with { MathJaxUrl = "../web/node_modules/mathjax/es5/tex-chtml-full.js" },
            MediaFolder = CreateMediaFolder(_temp.FullName),
        };
        Written = TalkOutput.Write(Talks(), options);

        _server = new LocalServer(new Dictionary<string, string> { ["talk"] = talkFolder, ["web"] = BrowserSetup.WebFolder });
        _browser = await BrowserSetup.LaunchAsync(Path.Combine(_temp.FullName, "profile"), TabTimeoutMs);
    }

    public async Task DisposeAsync()
    {
        await BrowserSetup.CloseAsync(_browser);

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp?.Delete(recursive: true);
    }

    /// <summary>Opens one rendered file (by name) in a new tab that refuses and records any request off this machine.</summary>
    public Task<TestPage> OpenAsync(string fileName) =>
        BrowserSetup.OpenAsync(_browser!, _server!.Origin, $"{_server!.Origin}/talk/{Uri.EscapeDataString(fileName)}", TabTimeoutMs);

    /// <summary>The talks this fixture renders.</summary>
    protected abstract IEnumerable<IRenderableTalk> Talks();

    /// <summary>Fills a media folder inside <paramref name="temp"/> and returns it, for talks with images; null for none.</summary>
    protected virtual string? CreateMediaFolder(string temp) => null;
}
