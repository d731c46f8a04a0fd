using TalkDsl.Rendering.Markdown;

namespace TalkDsl.Tests.Rendering;

/// <summary>The one Markdown renderer: CommonMark, tables, math, smart punctuation, raw HTML and cited links.</summary>
public class MarkdownRendererTests
{
    private static string Html(string markdown, bool allowHtml = false) => MarkdownRenderer.Render(markdown, allowHtml).Html;

    [Fact]
    public void Raw_html_is_shown_as_text_by_default()
    {
        Assert.Equal("<p>&lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;x()&lt;/script&gt;</p>\n", Html("<b>bold</b> and <script>x()</script>"));
        // Shown as text, the quotes are prose and get curled like any other.
        Assert.Equal("<p>&lt;div class=\u201Cbox\u201D&gt;</p>\n", Html("<div class=\"box\">"));
    }

    [Fact]
    public void Raw_html_passes_through_when_the_block_opts_in()
    {
        Assert.Equal("<p><b>bold</b></p>\n", Html("<b>bold</b>", allowHtml: true));
        // Cleaned (RawHtml) into well-formed HTML: a block's open tag cannot swallow what follows it.
        Assert.Equal("<div class=\"box\">\n</div>", Html("<div class=\"box\">", allowHtml: true));
    }

    [Fact]
    public void Raw_html_opt_in_is_per_block_in_rendered_talks()
    {
        var talk = SampleTalks.Header().Subsection("Html")
            .Markdown("<span class=\"kept\">kept</span>", allowHtml: true)
            .Markdown("<span class=\"shown\">shown</span>");

        foreach (var html in new[] { talk.RenderSlides(), talk.RenderNotes(), talk.RenderJekyllNotes() })
        {
            Assert.Contains("<span class=\"kept\">kept</span>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;span class=\u201Cshown\u201D&gt;shown&lt;/span&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_trailing_spaces_in_a_raw_string_are_a_hard_break_in_every_output()
    {
        var talk = SampleTalks.Header().Subsection("Poem")
            .Markdown("""
                Roses are red,  
                violets are blue.
                """);

        foreach (var html in new[] { talk.RenderSlides(), talk.RenderNotes(), talk.RenderJekyllNotes() })
        {
            Assert.Contains("<p>Roses are red,<br />\nviolets are blue.</p>", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"Raise Hand\" or post", "<p>\u201CRaise Hand\u201D or post</p>\n")]
    [InlineData("at that time 'computer' had", "<p>at that time \u2018computer\u2019 had</p>\n")]
    [InlineData("we've seen it's the students' work", "<p>we\u2019ve seen it\u2019s the students\u2019 work</p>\n")]
    [InlineData("back in the '90s", "<p>back in the \u201990s</p>\n")]
    [InlineData("a meaning -- a computer --- was... a person", "<p>a meaning \u2013 a computer \u2014 was\u2026 a person</p>\n")]
    [InlineData("<<not guillemets>>", "<p>&lt;&lt;not guillemets&gt;&gt;</p>\n")]
    [InlineData("`it's -- code`", "<p><code>it's -- code</code></p>\n")]
    public void Punctuation_is_smart_like_pandoc(string markdown, string html) => Assert.Equal(html, Html(markdown));

    [Fact]
    public void Inline_math_is_written_for_mathjax()
    {
        Assert.Equal("<p>Euler: <span class=\"math inline\">\\(e^{i\\pi} + 1 = 0\\)</span>.</p>\n", Html("Euler: $e^{i\\pi} + 1 = 0$."));
    }

    [Fact]
    public void Double_dollars_in_a_paragraph_are_display_math()
    {
        Assert.Equal("<p>So <span class=\"math display\">\\[x^2 -- y\\]</span></p>\n", Html("So $$x^2 -- y$$"));
    }

    [Fact]
    public void A_math_block_is_display_math_with_html_escaped()
    {
        Assert.Equal("<div class=\"math\">\n\\[\na &lt; b\n\\]</div>\n", Html("$$\na < b\n$$"));
    }

    [Fact]
    public void A_lone_dollar_is_not_math()
    {
        Assert.Equal("<p>It costs $5, or $6.</p>\n", Html("It costs $5, or \\$6."));
    }

    [Fact]
    public void Pipe_tables_become_tables_with_alignment()
    {
        var html = Html("| a | b |\n|:--|--:|\n| 1 | 2 |");

        Assert.StartsWith("<table>\n<thead>\n<tr>\n<th style=\"text-align: left;\">a</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: right;\">2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonMark_lists_and_emphasis_render()
    {
        Assert.Equal("<ul>\n<li>Zoom housekeeping\n<ul>\n<li><em>Mute</em> when <strong>not</strong> speaking.</li>\n</ul>\n</li>\n</ul>\n",
            Html("* Zoom housekeeping\n    * *Mute* when **not** speaking."));
    }

    [Fact]
    public void Links_are_collected_in_order_with_their_plain_text()
    {
        var links = MarkdownRenderer.Render("""
            See [the *first* `one`](https://a.example/1 "title"), <https://b.example/auto>,
            ![an image](https://c.example/pic.png), [a reference][ref], <ada@example.org>
            and [empty]() and [](https://e.example/no-text).

            [ref]: https://d.example/ref
            """, allowHtml: false).Links;

        Assert.Equal(
            [
                new CitedLink("the first one", "https://a.example/1"),
                new CitedLink("https://b.example/auto", "https://b.example/auto"),
                new CitedLink("a reference", "https://d.example/ref"),
                new CitedLink("ada@example.org", "mailto:ada@example.org"),
                new CitedLink("https://e.example/no-text", "https://e.example/no-text"),
            ],
            links);
    }

    [Fact]
    public void Link_text_uses_the_smart_punctuation_the_reader_sees()
    {
        var link = Assert.Single(MarkdownRenderer.Render("[\"Cambridge Computing\" -- it's 75](https://x.example)", allowHtml: false).Links);

        Assert.Equal("\u201CCambridge Computing\u201D \u2013 it\u2019s 75", link.Text);
    }

    [Fact]
    public void Rendering_is_deterministic_and_uses_newlines_only()
    {
        const string markdown = "# T\n\n* a\n* b\n\n| x |\n|---|\n| 1 |\n";

        Assert.Equal(Html(markdown), Html(markdown));
        Assert.DoesNotContain('\r', Html(markdown));
    }
}
