using System.Runtime.CompilerServices;
using PuppeteerSharp;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Finds what the browser tests need on this machine: Debian's chromium and the local npm install of
/// reveal.js and MathJax. Missing pieces fail the tests with the command that installs them; they are
/// never downloaded here and the tests never skip.
/// </summary>
internal static class BrowserSetup
{
    /// <summary>The environment variable that overrides where chromium is.</summary>
    public const string ChromiumVariable = "TALKDSL_CHROMIUM";

    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>
    /// The flags this machine needs: headless, no sandbox (tests run as root in a container), no GPU, and
    /// nothing that talks to the network on its own. A fresh <c>--user-data-dir</c> is added per launch.
    /// </summary>
    public static IReadOnlyList<string> ChromiumFlags { get; } =
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

    /// <summary>The <c>web/</c> folder beside this project, where <c>npm ci</c> installs reveal.js and MathJax.</summary>
    public static string WebFolder { get; } = Path.Combine(ProjectFolder(), "web");

    /// <summary>reveal.js's package folder (holding <c>dist/</c> and <c>plugin/</c>).</summary>
    public static string RevealFolder => Path.Combine(WebFolder, "node_modules", "reveal.js");

    /// <summary>MathJax's TeX-to-CHTML bundle.</summary>
    public static string MathJaxScript => Path.Combine(WebFolder, "node_modules", "mathjax", "es5", "tex-chtml-full.js");

    /// <summary>The chromium to run: <paramref name="overridePath"/> (the environment variable) if set, else <see cref="DefaultChromium"/>.</summary>
    /// <exception cref="InvalidOperationException">It is not there; the message says how to install it.</exception>
    public static string FindChromium(string? overridePath)
    {
        var path = string.IsNullOrWhiteSpace(overridePath) ? DefaultChromium : overridePath;
        if (File.Exists(path))
        {
            return path;
        }

        var source = string.IsNullOrWhiteSpace(overridePath) ? "the default location" : $"{ChromiumVariable}";
        throw new InvalidOperationException(
            $"Chromium was not found at {path} ({source}). The browser tests need Debian's chromium: "
            + "install it as root with `apt-get update && apt-get install -y chromium` (or run `bash tests/run`, which does), "
            + $"or point {ChromiumVariable} at a chromium executable.");
    }

    /// <summary>Starts headless chromium with <see cref="ChromiumFlags"/>, a fresh profile in <paramref name="profileFolder"/> and a 1280×720 viewport.</summary>
    public static async Task<IBrowser> LaunchAsync(string profileFolder, int waitTimeoutMs)
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = FindChromium(Environment.GetEnvironmentVariable(ChromiumVariable)),
            Headless = true,
            Args = [.. ChromiumFlags],
            UserDataDir = profileFolder,
            DefaultViewport = new ViewPortOptions { Width = 1280, Height = 720 },
            Timeout = 60_000,
        });

        // CI runs the other test assemblies beside this one on two cores: creating a tab can take far
        // longer than Puppeteer's 30 s default there. These are limits for a hung browser, not speed checks.
        browser.DefaultWaitForTimeout = waitTimeoutMs;
        return browser;
    }

    /// <summary>Opens <paramref name="url"/> in a new tab of <paramref name="browser"/> that refuses and records any request off <paramref name="origin"/>.</summary>
    public static async Task<TestPage> OpenAsync(IBrowser browser, string origin, string url, int timeoutMs)
    {
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = timeoutMs;
        page.DefaultNavigationTimeout = timeoutMs;
        var watched = await TestPage.WatchAsync(page, origin);
        await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = timeoutMs });
        return watched;
    }

    /// <summary>Closes and disposes <paramref name="browser"/>, if it started.</summary>
    public static async Task CloseAsync(IBrowser? browser)
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }
    }

    /// <summary>Checks that reveal.js and MathJax are installed in <paramref name="webFolder"/>.</summary>
    /// <exception cref="InvalidOperationException">They are not; the message says how to install them.</exception>
    public static void RequireWebPackages(string webFolder)
    {
        string[] required =
        [
            Path.Combine(webFolder, "node_modules", "reveal.js", "dist", "reveal.js"),
            Path.Combine(webFolder, "node_modules", "mathjax", "es5", "tex-chtml-full.js"),
        ];
        var missing = required.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"reveal.js and MathJax are not installed in {webFolder} (missing {string.Join(", ", missing)}). "
                + $"Install them from the committed lock file with `npm ci --prefix {webFolder}` (or run `bash tests/run`, which does); "
                + "the tests never download them.");
        }
    }

    private static string ProjectFolder([CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
}
