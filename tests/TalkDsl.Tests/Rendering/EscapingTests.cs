using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>Text that is not Markdown is HTML-escaped wherever it lands: content, attributes, front matter.</summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert('x')</script> & \"Co\"";

    private static Talk HostileTalk() => Talk
        .Titled(Hostile)
        .Subtitle("Sub <i>title</i>")
        .Author(given: "Ada <b>", family: "O'Brien & Sons", institute: "R&D <Lab>", url: "https://example.org/?a=1&b=\"2\"", twitter: "ada")
        .Venue("Smith & Jones Hall")
        .Subsection("Q&A <now>")
            .Markdown("Body.")
        .Subsubsection("Tom \"&\" Jerry")
            .Markdown("More.")
        .Thanks();

    [Fact]
    public void A_script_in_the_title_is_text_in_every_output()
    {
        foreach (var html in new[] { HostileTalk().RenderSlides(), HostileTalk().RenderNotes() })
        {
            var page = HtmlDom.Parse(html);

            Assert.Equal(Hostile, page.Title);
            Assert.Equal(Hostile, page.QuerySelector(".title")?.TextContent);
            Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert", StringComparison.Ordinal));
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_ampersand_in_the_venue_is_escaped()
    {
        Assert.Contains("<p class=\"venue\">Smith &amp; Jones Hall</p>", HostileTalk().RenderSlides(), StringComparison.Ordinal);
        Assert.Contains("<p class=\"venue\">Smith &amp; Jones Hall</p>", HostileTalk().RenderNotes(), StringComparison.Ordinal);
    }

    [Fact]
    public void Author_fields_subtitle_and_headings_keep_their_exact_text()
    {
        var notes = HtmlDom.Parse(HostileTalk().RenderNotes());
        var slides = HtmlDom.Parse(HostileTalk().RenderSlides());

        Assert.Equal("Sub <i>title</i>", notes.QuerySelector(".subtitle")?.TextContent);
        Assert.Equal("Ada <b> O'Brien & Sons, R&D <Lab>", notes.QuerySelector(".author")?.TextContent);
        Assert.Equal("R&D <Lab>", slides.QuerySelector("#title-slide .institute")?.TextContent);
        Assert.Equal("Ada <b> O'Brien & Sons", notes.QuerySelector("meta[name=author]")?.GetAttribute("content"));
        Assert.Equal("Q&A <now>", notes.QuerySelector("h2#qa-now")?.TextContent);
        Assert.Equal("Tom \"&\" Jerry", slides.QuerySelector("h3")?.TextContent);
        Assert.Empty(notes.QuerySelectorAll("i, b, lab, now"));
    }

    [Fact]
    public void Urls_in_attributes_are_escaped_and_round_trip()
    {
        var thanks = HtmlDom.Parse(HostileTalk().RenderNotes()).QuerySelector(".contacts");

        Assert.Equal(["https://twitter.com/ada", "https://example.org/?a=1&b=\"2\""], thanks!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"", HostileTalk().RenderSlides(), StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_are_escaped_in_attributes()
    {
        var output = new StringWriter();
        var writer = new NotesHtmlWriter(output);
        writer.BeginTalk(TalkMetadata.Empty with { Title = "T" });
        writer.Heading(HeadingLevel.Section, "Odd", "a\"b<c>&d");
        writer.EndTalk();

        Assert.Contains("<h1 id=\"a&quot;b&lt;c&gt;&amp;d\">Odd</h1>", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("a\"b<c>&d", HtmlDom.Parse(output.ToString()).QuerySelector("body > h1")?.Id);
    }

    [Fact]
    public void Stylesheet_urls_are_escaped_in_their_links()
    {
        var talk = Talk.Titled("T").Author("Ada").Stylesheet("a\"b<c>&d.css").Subsection("S").Markdown("x");

        var slides = HtmlDom.Parse(talk.RenderSlides(new SlidesOptions { Stylesheet = "x\"y.css" }));

        Assert.Equal(["a\"b<c>&d.css", "x\"y.css"], slides.QuerySelectorAll("link[rel=stylesheet]").Skip(4).Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void Option_urls_are_escaped_in_attributes_and_scripts()
    {
        var slides = HtmlDom.Parse(SampleTalks.Math.RenderSlides(new SlidesOptions { RevealUrl = "lib/\"reveal\"&co", MathJaxUrl = "mj/</script><script>alert(1)//.js" }));

        Assert.Equal("lib/\"reveal\"&co/dist/reveal.css", slides.QuerySelectorAll("link")[1].GetAttribute("href"));
        Assert.Equal(6, slides.Scripts.Length);
        Assert.Contains("mathjax: \"mj/\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)//.js\"", slides.Scripts[5].TextContent, StringComparison.Ordinal);
    }
}
