using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>Script URLs, theme, transition and the notes options.</summary>
public class OptionsTests
{
    private static readonly SlidesOptions Local = new()
    {
        RevealUrl = "node_modules/reveal.js/",
        MathJaxUrl = "node_modules/mathjax/es5/tex-chtml-full.js",
        Theme = "black",
    };

    [Fact]
    public void Defaults_are_the_bundled_runtime_beside_the_page_slide_numbers_and_no_theme_of_their_own()
    {
        Assert.Equal("_talkdsl/reveal.js", new SlidesOptions().RevealUrl);
        Assert.Equal("_talkdsl/mathjax/es5/tex-chtml-full.js", new SlidesOptions().MathJaxUrl);
        Assert.Null(new SlidesOptions().Theme);
        Assert.Equal("c/t", new SlidesOptions().SlideNumber);
        Assert.Equal("monokai", new SlidesOptions().CodeTheme);
        Assert.Null(new SlidesOptions().Stylesheet);
        Assert.Equal(SlidesOptions.DefaultMathJaxUrl, new NotesOptions().MathJaxUrl);
        Assert.Null(new NotesOptions().SlidesLink);
        Assert.Equal("talk", new NotesOptions().Layout);
        Assert.Equal(["notes"], new NotesOptions().Categories);
    }

    [Fact]
    public void Default_slides_load_reveal_its_plugins_and_mathjax_from_the_bundled_folder_beside_the_page()
    {
        var page = HtmlDom.Parse(SampleTalks.Math.RenderSlides());

        Assert.Equal(
            [
                "_talkdsl/reveal.js/dist/reveal.js",
                "_talkdsl/reveal.js/plugin/notes/notes.js",
                "_talkdsl/reveal.js/plugin/math/math.js",
                "_talkdsl/reveal.js/plugin/highlight/highlight.js",
                "_talkdsl/reveal.js/plugin/zoom/zoom.js",
            ],
            page.Scripts.Select(s => s.Source).Where(s => s is not null));
        Assert.Contains("plugins: [RevealNotes, RevealMath.MathJax3, RevealHighlight, RevealZoom]", page.Scripts[5].TextContent, StringComparison.Ordinal);
        Assert.Contains("mathjax: \"_talkdsl/mathjax/es5/tex-chtml-full.js\"", page.Scripts[5].TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script[src], link[href]"), e => Assert.True(BundledAssets.Paths.Contains((e.GetAttribute("src") ?? e.GetAttribute("href"))!["_talkdsl/".Length..]), e.OuterHtml));
    }

    [Fact]
    public void The_cdn_options_load_the_same_versions_from_jsdelivr()
    {
        var html = SampleTalks.Math.RenderSlides(SlidesOptions.Cdn);

        Assert.Contains("<script src=\"https://cdn.jsdelivr.net/npm/reveal.js@5.2.1/dist/reveal.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"https://cdn.jsdelivr.net/npm/reveal.js@5.2.1/plugin/highlight/highlight.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("mathjax: \"https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-chtml-full.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("_talkdsl", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_versions_are_the_ones_the_lock_file_pins()
    {
        using var lockFile = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Example.Repository.Root, "src", "TalkDsl", "assets", "package-lock.json")));
        var packages = lockFile.RootElement.GetProperty("packages");

        Assert.Equal(BundledAssets.RevealVersion, packages.GetProperty("node_modules/reveal.js").GetProperty("version").GetString());
        Assert.Equal(BundledAssets.MathJaxVersion, packages.GetProperty("node_modules/mathjax").GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("c/t")]
    [InlineData("c")]
    [InlineData("h.v")]
    [InlineData("h/v")]
    public void Slide_numbers_configure_reveal(string format)
    {
        Assert.Contains($"\n  slideNumber: \"{format}\",\n", SampleTalks.Math.RenderSlides(new SlidesOptions { SlideNumber = format }), StringComparison.Ordinal);
    }

    [Fact]
    public void Slide_numbers_can_be_turned_off_and_an_unknown_format_is_refused()
    {
        Assert.Contains("\n  slideNumber: false,\n", SampleTalks.Math.RenderSlides(new SlidesOptions { SlideNumber = null }), StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentException>(() => new SlidesOptions { SlideNumber = "t/c" });
        Assert.Contains("\"c/t\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_is_the_options_then_the_talks_then_white()
    {
        var themed = Talk.Titled("T").Author("Ada").Theme("league").Subsection("S").Markdown("x");
        var plain = Talk.Titled("T").Author("Ada").Subsection("S").Markdown("x");

        string Theme(Talk talk, SlidesOptions options) => HtmlDom.Parse(talk.RenderSlides(options)).QuerySelector("link#theme")!.GetAttribute("href")!;

        Assert.Equal("_talkdsl/reveal.js/dist/theme/white.css", Theme(plain, SlidesOptions.Default));
        Assert.Equal("_talkdsl/reveal.js/dist/theme/league.css", Theme(themed, SlidesOptions.Default));
        Assert.Equal("_talkdsl/reveal.js/dist/theme/night.css", Theme(themed, new SlidesOptions { Theme = "night" }));
        Assert.Throws<ArgumentException>(() => new SlidesOptions { Theme = "nightly" });
    }

    [Fact]
    public void The_talks_stylesheets_come_after_the_theme_and_the_options_ones_last()
    {
        var talk = Talk.Titled("T").Author("Ada").Stylesheet("talk.css").Stylesheet("https://example.org/more.css").Subsection("S").Markdown("x");

        var page = HtmlDom.Parse(talk.RenderSlides(new SlidesOptions { Stylesheet = "host.css" }));

        Assert.Equal(
            [
                "_talkdsl/reveal.js/dist/reset.css",
                "_talkdsl/reveal.js/dist/reveal.css",
                "_talkdsl/reveal.js/dist/theme/white.css",
                "_talkdsl/reveal.js/plugin/highlight/monokai.css",
                "talk.css",
                "https://example.org/more.css",
                "host.css",
            ],
            page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void The_code_theme_picks_the_highlight_stylesheet()
    {
        var page = HtmlDom.Parse(SampleTalks.Math.RenderSlides(new SlidesOptions { CodeTheme = "zenburn" }));

        Assert.Equal("_talkdsl/reveal.js/plugin/highlight/zenburn.css", page.QuerySelector("link#highlight-theme")?.GetAttribute("href"));
        Assert.Throws<ArgumentException>(() => new SlidesOptions { CodeTheme = "github" });
    }

    [Fact]
    public void Both_pages_hide_speaker_notes_with_their_own_css()
    {
        const string rule = "aside.notes { display: none !important; }";

        Assert.Contains(rule, HtmlDom.Parse(SampleTalks.Math.RenderSlides()).QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(rule, HtmlDom.Parse(SampleTalks.Math.RenderNotes()).QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_slides_options_appear_and_nothing_needs_the_network()
    {
        var html = SampleTalks.ThanksReferences.RenderSlides(Local);
        var page = HtmlDom.Parse(html);

        Assert.Equal(
            ["node_modules/reveal.js/dist/reset.css", "node_modules/reveal.js/dist/reveal.css", "node_modules/reveal.js/dist/theme/black.css", "node_modules/reveal.js/plugin/highlight/monokai.css"],
            page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal(
            ["node_modules/reveal.js/dist/reveal.js", "node_modules/reveal.js/plugin/notes/notes.js", "node_modules/reveal.js/plugin/math/math.js", "node_modules/reveal.js/plugin/highlight/highlight.js", "node_modules/reveal.js/plugin/zoom/zoom.js"],
            page.Scripts.Select(s => s.Source).Where(s => s is not null));
        Assert.Contains("mathjax: \"node_modules/mathjax/es5/tex-chtml-full.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script[src], link[href]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.Contains("//", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_page_loads_mathjax_from_the_option()
    {
        var bundled = HtmlDom.Parse(SampleTalks.Math.RenderNotes());
        var local = SampleTalks.Math.RenderNotes(new NotesOptions { MathJaxUrl = "mathjax/tex-chtml.js" });

        Assert.Equal("_talkdsl/mathjax/es5/tex-chtml-full.js", bundled.QuerySelector("script#MathJax-script")?.GetAttribute("src"));
        Assert.Equal("mathjax/tex-chtml.js", HtmlDom.Parse(local).QuerySelector("script#MathJax-script")?.GetAttribute("src"));
        Assert.DoesNotContain("cdn.jsdelivr.net", local, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlDom.Parse(local).QuerySelectorAll("script[src], link[href]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.Contains("//", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stylesheet_is_linked_last_in_the_head_of_the_slides_and_the_notes_page_and_escaped()
    {
        var slides = HtmlDom.Parse(SampleTalks.Math.RenderSlides(new SlidesOptions { Stylesheet = "my talk.css?v=\"1\"" }));
        var notes = HtmlDom.Parse(SampleTalks.Math.RenderNotes(new NotesOptions { Stylesheet = "my talk.css?v=\"1\"" }));

        Assert.Equal("my talk.css?v=\"1\"", slides.Head!.QuerySelectorAll("link[rel=stylesheet]")[^1].GetAttribute("href"));
        Assert.Equal("link", slides.Head.Children[^1].LocalName);
        Assert.Equal("my talk.css?v=\"1\"", notes.Head!.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("link", notes.Head.Children[^1].LocalName);
    }

    [Fact]
    public void Without_a_stylesheet_the_notes_page_links_none_and_the_slides_only_reveals()
    {
        Assert.Empty(HtmlDom.Parse(SampleTalks.Math.RenderNotes()).QuerySelectorAll("link[rel=stylesheet]"));
        Assert.Equal(4, HtmlDom.Parse(SampleTalks.Math.RenderSlides()).QuerySelectorAll("link[rel=stylesheet]").Length); // reset, reveal, theme, code colours
        Assert.Null(new SlidesOptions().Stylesheet);
        Assert.Null(new NotesOptions().Stylesheet);
    }

    [Fact]
    public void Both_pages_tell_mathjax_to_read_only_the_delimiters_the_renderer_writes()
    {
        const string config = @"tex: { inlineMath: [['\\(', '\\)']], displayMath: [['\\[', '\\]']] }";

        Assert.Contains(config, SampleTalks.Math.RenderSlides(), StringComparison.Ordinal);
        Assert.Contains(config, SampleTalks.Math.RenderNotes(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Transition.None, "none")]
    [InlineData(Transition.Slide, "slide")]
    [InlineData(Transition.Fade, "fade")]
    [InlineData(Transition.Convex, "convex")]
    [InlineData(Transition.Concave, "concave")]
    [InlineData(Transition.Zoom, "zoom")]
    public void The_header_transition_configures_reveal(Transition transition, string name)
    {
        var talk = Talk.Titled("T").Author("Ada").Transition(transition).Subsection("S").Markdown("x");

        Assert.Contains($"\n  transition: \"{name}\",\n", talk.RenderSlides(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_transition_is_slide()
    {
        Assert.Contains("transition: \"slide\"", Talk.Titled("T").Author("Ada").Subsection("S").Markdown("x").RenderSlides(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperSize.A4, "2cm", "@page { size: A4; margin: 2cm; }")]
    [InlineData(PaperSize.A5, "15mm", "@page { size: A5; margin: 15mm; }")]
    [InlineData(PaperSize.Letter, "1in", "@page { size: letter; margin: 1in; }")]
    [InlineData(PaperSize.Legal, "0.5in", "@page { size: legal; margin: 0.5in; }")]
    public void The_paper_setting_becomes_print_css(PaperSize size, string margin, string css)
    {
        var notes = Talk.Titled("T").Author("Ada").Paper(size, margin).Subsection("S").Markdown("x").RenderNotes();

        Assert.Contains(css, notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_paper_setting_the_browser_default_page_applies()
    {
        Assert.DoesNotContain("@page", Talk.Titled("T").Author("Ada").Subsection("S").Markdown("x").RenderNotes(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_slides_link_is_in_the_notes_header_and_the_front_matter()
    {
        var options = new NotesOptions { SlidesLink = "2020-12-04-talk.slides.html" };

        Assert.Equal("2020-12-04-talk.slides.html", HtmlDom.Parse(SampleTalks.Table.RenderNotes(options)).QuerySelector("header .slides-link a")?.GetAttribute("href"));
        Assert.Contains("\nreveal: 2020-12-04-talk.slides.html\n", SampleTalks.Table.RenderJekyllNotes(options), StringComparison.Ordinal);
        Assert.Null(HtmlDom.Parse(SampleTalks.Table.RenderNotes()).QuerySelector(".slides-link"));
        Assert.DoesNotContain("reveal:", SampleTalks.Table.RenderJekyllNotes(), StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_and_categories_come_from_the_options()
    {
        var post = SampleTalks.Table.RenderJekyllNotes(new NotesOptions { Layout = "notes", Categories = ["talks", "2020"] });

        Assert.Contains("\nlayout: notes\ncategories:\n- talks\n- \"2020\"\n---\n", post, StringComparison.Ordinal);
    }
}
