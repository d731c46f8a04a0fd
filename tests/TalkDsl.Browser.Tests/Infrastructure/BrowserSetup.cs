using System.Runtime.CompilerServices;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// Finds what the browser tests need on this machine: Debian's chromium and the local npm install of
/// reveal.js and MathJax. Missing pieces fail the tests with the command that installs them; they are
/// never downloaded here and the tests never skip.
/// </summary>
internal static class BrowserSetup
{
    /// <summary>The environment variable that overrides where chromium is.</summary>
    public const string ChromiumVariable = TalkDsl.Rendering.PdfOptions.ChromiumVariable;

    public const string DefaultChromium = TalkDsl.Rendering.PdfOptions.DefaultChromium;

    /// <summary>The flags TalkDsl's PDF printing launches chromium with (headless, no sandbox, nothing on the network by itself); a fresh <c>--user-data-dir</c> is added per launch.</summary>
    public static IReadOnlyList<string> ChromiumFlags => TalkDsl.Rendering.Pdf.PdfBrowser.Flags;

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
