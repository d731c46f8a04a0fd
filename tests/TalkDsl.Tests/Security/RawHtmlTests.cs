using AngleSharp.Dom;
using TalkDsl.Formats;
using TalkDsl.Rendering;
using TalkDsl.Rules;
using TalkDsl.Rendering.Notebook;
using TalkDsl.Tests.Rendering;

namespace TalkDsl.Tests.Security;

/// <summary>
/// Raw HTML a block opts into (<c>allowHtml: true</c>) is cleaned to an allow-list (HtmlSanitizer): what lamd's
/// HTML macros and snippets write keeps rendering, what could run script goes and <c>Validate()</c> says so
/// (TALK025). The notebooks, which keep Markdown as written, get the same treatment in the source.
/// </summary>
public sealed class RawHtmlTests
{
    /// <summary>What lamd's talk-macros-html.gpp and the snippets write, with arguments filled in: (HTML, a CSS selector that must still match).</summary>
    public static TheoryData<string, string> LamdHtml => new()
    {
        { "<div class=\"centered x\" style=\"text-align:center\">Centred</div>", "div.centered.x[style*='text-align']" },
        { "<span class=\"smalltext\" style=\"font-size:60%\">small</span>", "span.smalltext[style]" },
        { "<img class=\"negate\" src=\"./diagrams/robot_path.png\" width=\"30%\" align=\"cener\" style=\"background:none; border:none; box-shadow:none;\">", "img.negate[src='./diagrams/robot_path.png'][width='30%'][style*='box-shadow']" },
        { "<iframe width=\"600\" height=\"450\" src=\"https://www.youtube.com/embed/XhIvygQYFFQ?start=0\" frameborder=\"0\" allow=\"autoplay; encrypted-media\" allowfullscreen></iframe>", "iframe[src^='https://www.youtube.com/embed/'][allowfullscreen][allow]" },
        { "<iframe width=\"600\" height=\"450\" src=\"https://player.vimeo.com/video/123#t=0\" frameborder=\"0\" allow=\"autoplay; fullscreen\" allowfullscreen></iframe>", "iframe[src^='https://player.vimeo.com/']" },
        { "<iframe src=\"diagrams/gp-plot.html\" width=\"600\" height=\"450\" allowtransparency=\"true\" frameborder=\"0\">\n</iframe>", "iframe[src='diagrams/gp-plot.html']" },
        { "<object class=\"svgplot x\" data=\"diagrams/gp.svg\" width=\"80%\" style=\"height:auto \"></object>", "object.svgplot[data='diagrams/gp.svg']" },
        { "<video width=\"600\" height=\"450\" controls preload=\"none\">\n<source src=\"diagrams/run.mp4\" type=\"video/mp4\">\n</video>", "video[controls] > source[src='diagrams/run.mp4'][type='video/mp4']" },
        { "<style>\n.reveal .threecolumn ul {\n  columns: 3;\n  font-size: 0.7em;\n}\n</style>\n\n<div class=\"threecolumn\">x</div>", "style + div.threecolumn, style ~ div.threecolumn" },
        { "<table>\n<tr><td>a</td><td style=\"color:red\">b</td></tr>\n</table>", "table td[style]" },
        { "<svg viewBox=\"0 0 10 10\" style=\"width:50%\"><defs><clipPath id=\"clip\"><rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/></clipPath></defs><image preserveAspectRatio=\"xMinYMin slice\" xlink:href=\"diagrams/a.png\" clip-path=\"url(#clip)\" /></svg>", "svg rect" },
        { "<aside class=\"notes\">Spoken only.</aside>", "aside.notes" },
    };

    [Theory]
    [MemberData(nameof(LamdHtml))]
    public void What_lamd_writes_keeps_rendering_and_is_not_reported(string html, string selector)
    {
        var talk = Talk.Titled("T").Author(given: "Ada").Subsection("S").Markdown(html, allowHtml: true);

        var page = HtmlDom.Parse(talk.RenderText(TalkFormats.Notes));

        Assert.True(page.QuerySelector(selector) is not null, $"'{selector}' in: {page.QuerySelector(".talk-body, main, body")!.InnerHtml}");
        Assert.DoesNotContain(talk.Validate(), d => d.Id == "TALK025");
    }

    [Fact]
    public void An_svg_image_keeps_its_local_address()
    {
        var page = HtmlDom.Parse(Talk.Titled("T").Author(given: "Ada").Subsection("S")
            .Markdown("<svg viewBox=\"0 0 10 10\"><image xlink:href=\"diagrams/a.png\" /><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", allowHtml: true)
            .RenderText(TalkFormats.Notes));

        var links = page.All.SelectMany(e => e.Attributes).Where(a => a.LocalName == "href").Select(a => a.Value).ToList();
        Assert.Contains("diagrams/a.png", links);
        Assert.DoesNotContain(links, l => l.Contains("script", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_what_the_pages_leave_out_at_the_call()
    {
        var talk = Talk.Titled("T").Author(given: "Ada").Subsection("S")
            .Slides("<button onclick=\"roll()\">Roll</button><script src=\"dice.js\"></script>", allowHtml: true)
            .Markdown("<script>not HTML here</script>");

        var found = Assert.Single(talk.Validate(), d => d.Id == "TALK025");

        Assert.Equal(TalkDiagnosticSeverity.Warning, found.Severity);
        Assert.StartsWith("Slides(...) at line ", found.Message, StringComparison.Ordinal);
        Assert.Contains("<script>", found.Message, StringComparison.Ordinal);
        Assert.Contains("onclick=\"roll()\"", found.Message, StringComparison.Ordinal);
        Assert.Contains("RawHtmlTests.cs", found.Location, StringComparison.Ordinal);
        var html = talk.RenderText(TalkFormats.Slides);
        Assert.Contains(">Roll</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("roll()", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_media_that_allows_html_is_reported_too()
    {
        var talk = Talk.Titled("T").Author(given: "Ada").Subsection("S")
            .Columns(Media.Markdown("<img src=x onerror=alert(1)>", allowHtml: true), Media.Markdown("right"));

        var found = Assert.Single(talk.Validate(), d => d.Id == "TALK025");

        Assert.StartsWith("Media.Markdown(...)", found.Message, StringComparison.Ordinal);
        Assert.Contains("onerror", found.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Raw HTML in a block that does not allow it: Jupyter would render it, so it is escaped.
    [InlineData("a <img src=x onerror=alert(1)> b", false, "a \\<img src=x onerror=alert(1)> b")]
    [InlineData("<script>\nalert(1)\n</script>", false, "\\<script>\nalert(1)\n\\</script>")]
    // Allowed: cleaned as the pages clean it.
    [InlineData("a <img src=\"p.png\" onerror=alert(1)> b", true, "a <img src=\"p.png\"> b")]
    [InlineData("<div class=\"c\" onclick=\"x()\">\nText\n</div>", true, "<div class=\"c\">\nText\n</div>")]
    // Links the writers refuse become their text; a refused definition goes.
    [InlineData("Go [**there**](javascript:alert(1)).", false, "Go there.")]
    [InlineData("<javascript:alert(1)>", false, "javascript:alert(1)")]
    [InlineData("[x][r]\n\n[r]: vbscript:x", false, "x\n\n")]
    // Escaping must not make an autolink out of what it leaves.
    [InlineData("<data:text/html,<script>alert(1)</script>>", false, "<data:text/html,\\<script>alert(1)\\</script>>")]
    // What is safe stays as written.
    [InlineData("[x](https://example.org) and `<b>` and $a<b$", false, "[x](https://example.org) and `<b>` and $a<b$")]
    public void Notebook_cells_carry_markdown_made_inert(string markdown, bool allowHtml, string expected)
    {
        Assert.Equal(expected, NotebookMarkdown.Inert(markdown, allowHtml));
    }
}
