using PuppeteerSharp;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Finds what the browser tests need on this machine: Debian's chromium (reveal.js and MathJax come
/// bundled in TalkDsl). A missing chromium fails the tests with the command that installs it; it is never
/// downloaded here and the tests never skip.
/// </summary>
internal static class BrowserSetup
{
    /// <summary>The environment variable that overrides where chromium is.</summary>
    public const string ChromiumVariable = TalkDsl.Rendering.PdfOptions.ChromiumVariable;

    public const string DefaultChromium = TalkDsl.Rendering.PdfOptions.DefaultChromium;

    /// <summary>The flags TalkDsl's PDF printing launches chromium with (headless, no sandbox, nothing on the network by itself); a fresh <c>--user-data-dir</c> is added per launch.</summary>
    public static IReadOnlyList<string> ChromiumFlags => TalkDsl.Rendering.Pdf.PdfBrowser.Flags;

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
        browser.DefaultWaitForTimeout = waitTimeoutMs;
        return browser;
    }
}
