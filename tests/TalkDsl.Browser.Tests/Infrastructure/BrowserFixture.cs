using PuppeteerSharp;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Renders talks with <see cref="TalkOutput"/> into a temporary folder, with the slides runtime it bundles,
/// and starts one headless chromium for the test class. Pages are opened from <c>file://</c> with every
/// request that is not a file refused, as on a machine with no network.
/// </summary>
public abstract class BrowserFixture : IAsyncLifetime
{
    private DirectoryInfo? _temp;
    private string _talkFolder = "";
    private IBrowser? _browser;

    /// <summary>The absolute paths <see cref="TalkOutput.Write"/> returned.</summary>
    public IReadOnlyList<string> Written { get; private set; } = [];

    /// <summary>How long opening a tab, loading a page or waiting on it may take before the test fails.</summary>
    public const int TabTimeoutMs = 120_000;

    /// <summary>Where screenshots go: beside the test assembly, so they survive the run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable));

        _temp = Directory.CreateTempSubdirectory("talkdsl-browser-");
        _talkFolder = Path.Combine(_temp.FullName, "talk");
        Written = TalkOutput.Write(Talks(), Options(_talkFolder, _temp.FullName));

        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = [.. BrowserSetup.ChromiumFlags],
            UserDataDir = Path.Combine(_temp.FullName, "profile"),
            DefaultViewport = new ViewPortOptions { Width = 1280, Height = 720 },
            Timeout = 60_000,
        });

        // CI runs the other test assemblies beside this one on two cores: creating a tab can take far
        // longer than Puppeteer's 30 s default there. These are limits for a hung browser, not speed checks.
        _browser.DefaultWaitForTimeout = TabTimeoutMs;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _temp?.Delete(recursive: true);
    }

    /// <summary>
    /// Opens one rendered file (by name) from <c>file://</c> in a new tab that refuses and records every request
    /// that is not for a file; <paramref name="blocked"/> files (paths below the output folder) are refused too,
    /// as if they had failed to load, without counting as failures.
    /// </summary>
    public async Task<TestPage> OpenAsync(string fileName, params string[] blocked)
    {
        var page = await _browser!.NewPageAsync();
        page.DefaultTimeout = TabTimeoutMs;
        page.DefaultNavigationTimeout = TabTimeoutMs;
        var watched = await TestPage.WatchAsync(page, blocked.Select(b => FileUrl(b)).ToList());
        await page.GoToAsync(FileUrl(fileName), new NavigationOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = TabTimeoutMs,
        });
        return watched;
    }

    /// <summary>The <c>file://</c> URL of a file below the output folder.</summary>
    public string FileUrl(string relativePath) => new Uri(Path.Combine(_talkFolder, relativePath)).AbsoluteUri;

    /// <summary>The talks this fixture renders.</summary>
    protected abstract IEnumerable<IRenderableTalk> Talks();

    /// <summary>How the talks are written: the defaults (bundled runtime), with a media folder when <see cref="CreateMediaFolder"/> gives one.</summary>
    protected virtual TalkOutputOptions Options(string outputFolder, string temp) =>
        new(outputFolder) { MediaFolder = CreateMediaFolder(temp) };

    /// <summary>Fills a media folder inside <paramref name="temp"/> and returns it, for talks with images; null for none.</summary>
    protected virtual string? CreateMediaFolder(string temp) => null;
}
