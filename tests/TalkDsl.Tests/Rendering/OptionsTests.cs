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
    public void Defaults_are_the_documented_cdn_urls_and_the_white_theme()
    {
        Assert.Equal("https://cdn.jsdelivr.net/npm/reveal.js@5.2.1", new SlidesOptions().RevealUrl);
        Assert.Equal("https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-chtml-full.js", new SlidesOptions().MathJaxUrl);
        Assert.Equal("white", new SlidesOptions().Theme);
        Assert.Equal(SlidesOptions.DefaultMathJaxUrl, new NotesOptions().MathJaxUrl);
        Assert.Null(new NotesOptions().SlidesLink);
        Assert.Equal("talk", new NotesOptions().Layout);
        Assert.Equal(["notes"], new NotesOptions().Categories);
    }

    [Fact]
    public void Default_slides_load_reveal_its_plugins_and_mathjax_from_the_cdn()
    {
        var page = HtmlDom.Parse(SampleTalks.Math.RenderSlides());

        Assert.Equal(
            [
                "https://cdn.jsdelivr.net/npm/reveal.js@5.2.1/dist/reveal.js",
                "https://cdn.jsdelivr.net/npm/reveal.js@5.2.1/plugin/notes/notes.js",
                "https://cdn.jsdelivr.net/npm/reveal.js@5.2.1/plugin/math/math.js",
            ],
            page.Scripts.Select(s => s.Source).Where(s => s is not null));
        Assert.Contains("plugins: [RevealNotes, RevealMath.MathJax3]", page.Scripts[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("mathjax: \"https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-chtml-full.js\"", page.Scripts[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_slides_options_appear_and_nothing_needs_the_network()
    {
        var html = SampleTalks.ThanksReferences.RenderSlides(Local);
        var page = HtmlDom.Parse(html);

        Assert.Equal(
            ["node_modules/reveal.js/dist/reset.css", "node_modules/reveal.js/dist/reveal.css", "node_modules/reveal.js/dist/theme/black.css"],
            page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal(
            ["node_modules/reveal.js/dist/reveal.js", "node_modules/reveal.js/plugin/notes/notes.js", "node_modules/reveal.js/plugin/math/math.js"],
            page.Scripts.Select(s => s.Source).Where(s => s is not null));
        Assert.Contains("mathjax: \"node_modules/mathjax/es5/tex-chtml-full.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script[src], link[href]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.Contains("//", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_page_loads_mathjax_from_the_option()
    {
        var cdn = HtmlDom.Parse(SampleTalks.Math.RenderNotes());
        var local = SampleTalks.Math.RenderNotes(new NotesOptions { MathJaxUrl = "mathjax/tex-chtml.js" });

        Assert.Equal(SlidesOptions.DefaultMathJaxUrl, cdn.QuerySelector("script#MathJax-script")?.GetAttribute("src"));
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
        Assert.Equal(3, HtmlDom.Parse(SampleTalks.Math.RenderSlides()).QuerySelectorAll("link[rel=stylesheet]").Length);
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
