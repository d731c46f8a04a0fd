using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Tests.Rendering;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Output;

/// <summary>
/// The slides runtime TalkDsl bundles (<see cref="BundledAssets"/>): what it holds, and how
/// <see cref="TalkOutput"/> copies it into <c>_talkdsl/</c> once per output folder, rewriting only what changed.
/// </summary>
public sealed class BundledAssetsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Assets => Path.Combine(_temp.Out, BundledAssets.FolderName);

    [Fact]
    public void The_bundle_holds_what_the_pages_load_and_the_licenses_and_nothing_for_developers()
    {
        Assert.Contains("reveal.js/dist/reveal.js", BundledAssets.Paths);
        Assert.Contains("reveal.js/plugin/notes/notes.js", BundledAssets.Paths);
        Assert.Contains("reveal.js/plugin/math/math.js", BundledAssets.Paths);
        Assert.Contains("reveal.js/plugin/highlight/highlight.js", BundledAssets.Paths);
        Assert.Contains("reveal.js/plugin/highlight/monokai.css", BundledAssets.Paths);
        Assert.Contains("reveal.js/plugin/zoom/zoom.js", BundledAssets.Paths);
        Assert.Contains("reveal.js/dist/theme/fonts/source-sans-pro/source-sans-pro-regular.woff", BundledAssets.Paths);
        Assert.Contains("mathjax/es5/tex-chtml-full.js", BundledAssets.Paths);
        Assert.Contains("mathjax/es5/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff", BundledAssets.Paths);
        Assert.All(TalkDsl.Rules.ValueChecks.Themes, theme => Assert.Contains($"reveal.js/dist/theme/{theme}.css", BundledAssets.Paths));
        Assert.Equal(
            ["mathjax/LICENSE", "reveal.js/LICENSE", "reveal.js/dist/theme/fonts/league-gothic/LICENSE", "reveal.js/dist/theme/fonts/source-sans-pro/LICENSE"],
            BundledAssets.Paths.Where(p => p.EndsWith("/LICENSE", StringComparison.Ordinal)));
        Assert.DoesNotContain(BundledAssets.Paths, p => p.EndsWith(".map", StringComparison.Ordinal) || p.EndsWith(".esm.js", StringComparison.Ordinal) || p.EndsWith(".ttf", StringComparison.Ordinal) || p.EndsWith(".eot", StringComparison.Ordinal));
        Assert.Contains("Apache License", ReadBundled("mathjax/LICENSE"), StringComparison.Ordinal);
        Assert.Contains("MIT", ReadBundled("reveal.js/LICENSE"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_path_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => BundledAssets.Open("reveal.js/dist/nothing.js"));
        Assert.Contains("'reveal.js/dist/nothing.js' is not a file TalkDsl bundles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fresh_folder_gets_every_file_once_for_all_the_talks_byte_for_byte()
    {
        var written = TalkOutput.Write([Renderable("First talk", 9), Renderable("Second talk", 10)], new TalkOutputOptions(_temp.Out));

        var copied = written.Skip(6).Select(p => Path.GetRelativePath(Assets, p).Replace('\\', '/')).ToList();
        Assert.Equal(BundledAssets.Paths, copied);
        Assert.All(BundledAssets.Paths, path => Assert.Equal(ReadBundledBytes(path), File.ReadAllBytes(Path.Combine(Assets, path))));
        Assert.Equal(BundledAssets.Paths.Count, Directory.GetFiles(Assets, "*", SearchOption.AllDirectories).Length);
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void An_unchanged_folder_is_not_rewritten_and_only_a_changed_or_missing_file_is()
    {
        TalkOutput.Write([Renderable("First talk")], new TalkOutputOptions(_temp.Out));
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(Assets, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, longAgo);
        }

        var again = TalkOutput.Write([Renderable("First talk")], new TalkOutputOptions(_temp.Out));

        Assert.Equal(3, again.Count);
        Assert.All(Directory.GetFiles(Assets, "*", SearchOption.AllDirectories), file => Assert.Equal(longAgo, File.GetLastWriteTimeUtc(file)));

        var reveal = Path.Combine(Assets, "reveal.js", "dist", "reveal.js");
        var css = Path.Combine(Assets, "reveal.js", "dist", "reveal.css");
        var sameSize = File.ReadAllBytes(reveal);
        sameSize[100] ^= 0x20; // a change that keeps the size: only the hash can see it
        File.WriteAllBytes(reveal, sameSize);
        File.Delete(css);

        var repaired = TalkOutput.Write([Renderable("First talk")], new TalkOutputOptions(_temp.Out));

        Assert.Equal([css, reveal], repaired.Skip(3).Order(StringComparer.Ordinal));
        Assert.Equal(ReadBundledBytes("reveal.js/dist/reveal.js"), File.ReadAllBytes(reveal));
        Assert.Equal(ReadBundledBytes("reveal.js/dist/reveal.css"), File.ReadAllBytes(css));
    }

    [Fact]
    public void Every_script_and_stylesheet_of_the_pages_is_a_file_in_the_folder_by_a_relative_path()
    {
        var written = TalkOutput.Write([new RenderableTalk("Everything", TypedTalks.Everything)], new TalkOutputOptions(_temp.Out));

        foreach (var page in written.Take(2))
        {
            var document = HtmlDom.Parse(File.ReadAllText(page));
            var loaded = document.QuerySelectorAll("script[src], link[rel=stylesheet]")
                .Select(e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!)
                .Concat(document.Scripts.Select(s => s.TextContent).SelectMany(MathJaxUrls))
                .Where(url => url != "gp.css") // the talk's own stylesheet, which it does not ship here
                .ToList();

            Assert.NotEmpty(loaded);
            Assert.All(loaded, url =>
            {
                Assert.False(Uri.TryCreate(url, UriKind.Absolute, out _), url);
                Assert.True(File.Exists(Path.Combine(_temp.Out, url)), $"{Path.GetFileName(page)} loads {url}, which is not in the output folder");
            });
        }
    }

    [Fact]
    public void Cdn_mode_copies_nothing_and_the_pages_load_jsdelivr_but_urls_set_by_hand_are_kept()
    {
        var written = TalkOutput.Write([Renderable("First talk")], new TalkOutputOptions(_temp.Out) { Assets = AssetMode.Cdn });

        Assert.Equal(3, written.Count);
        Assert.False(Directory.Exists(Assets));
        var slides = File.ReadAllText(written[0]);
        Assert.Contains($"<script src=\"{SlidesOptions.CdnRevealUrl}/dist/reveal.js\"></script>", slides, StringComparison.Ordinal);
        Assert.Contains($"mathjax: \"{SlidesOptions.CdnMathJaxUrl}\"", slides, StringComparison.Ordinal);
        Assert.Contains($"src=\"{SlidesOptions.CdnMathJaxUrl}\"", File.ReadAllText(written[1]), StringComparison.Ordinal);
        Assert.DoesNotContain("_talkdsl", slides + File.ReadAllText(written[1]), StringComparison.Ordinal);

        var own = TalkOutput.Write([Renderable("First talk")], new TalkOutputOptions(_temp.Out)
        {
            Assets = AssetMode.Cdn,
            Slides = new SlidesOptions { RevealUrl = "vendor/reveal" },
        });
        Assert.Contains("<script src=\"vendor/reveal/dist/reveal.js\"></script>", File.ReadAllText(own[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_leaves_no_runtime_behind()
    {
        var failing = new FailingTalk("Fails", Dated("Fails").Build().Metadata, new IOException("disk full"));

        Assert.Throws<TalkOutputException>(() => TalkOutput.Write([Renderable("First talk"), failing], new TalkOutputOptions(_temp.Out)));

        Assert.False(Directory.Exists(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void The_stylesheet_file_is_linked_after_the_talks_own_so_its_rules_win()
    {
        var css = Path.Combine(_temp.Root, "host.css");
        File.WriteAllText(css, ".reveal h2 { color: rebeccapurple; }");
        var talk = new RenderableTalk("Styled", Talk.Titled("Styled").Author("Ada").Date(2024, 1, 9).Stylesheet("talk.css").Subsection("S").Markdown("x"));

        var written = TalkOutput.Write([talk], new TalkOutputOptions(_temp.Out) { Stylesheet = css });

        Assert.Equal(Path.Combine(_temp.Out, "host.css"), written[3]);
        var links = HtmlDom.Parse(File.ReadAllText(written[0])).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["talk.css", "host.css"], links[^2..]);
    }

    [Fact]
    public void CopyTo_serves_a_page_rendered_on_its_own_and_skips_what_is_there()
    {
        var first = BundledAssets.CopyTo(_temp.Out);
        var second = BundledAssets.CopyTo(_temp.Out);

        Assert.Equal(BundledAssets.Paths.Count, first.Count);
        Assert.Empty(second);
        Assert.True(File.Exists(Path.Combine(_temp.Out, SlidesOptions.DefaultMathJaxUrl)));
        Assert.True(File.Exists(Path.Combine(_temp.Out, SlidesOptions.DefaultRevealUrl, "dist", "reveal.js")));
    }

    /// <summary>The MathJax script a page's inline script names (the slides give it to the math plugin).</summary>
    private static IEnumerable<string> MathJaxUrls(string script)
    {
        const string key = "mathjax: \"";
        var start = script.IndexOf(key, StringComparison.Ordinal);
        return start < 0 ? [] : [script[(start + key.Length)..script.IndexOf('"', start + key.Length)]];
    }

    private static byte[] ReadBundledBytes(string path)
    {
        using var stream = BundledAssets.Open(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadBundled(string path) => System.Text.Encoding.UTF8.GetString(ReadBundledBytes(path));
}
