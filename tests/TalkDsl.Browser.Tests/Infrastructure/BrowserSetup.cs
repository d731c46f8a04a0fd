namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Finds what the browser tests need on this machine: Debian's chromium (reveal.js and MathJax come
/// bundled in TalkDsl). A missing chromium fails the tests with the command that installs it; it is never
/// downloaded here and the tests never skip.
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
}
