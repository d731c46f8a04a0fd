using TalkDsl.Model;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Citations;

public class CitationRenderingTests
{
    /// <summary>A talk citing every form, its bibliography beside this file.</summary>
    internal static Talk CitingTalk() => Talk
        .Titled("Citing Talk")
        .Author(given: "Neil D.", family: "Lawrence")
        .Bibliography("refs.bib")
        .Subsection("Latent variables")
        .Markdown("""
            * The GP-LVM [@Lawrence:gplvm05] and its hierarchy [see @Lawrence:hgplvm07, p. 483].
            * @Hinton:fast06 stack belief nets; @Rasmussen:book06 [chap. 2] is the reference.
            * Two posts of one year [@Lawrence:blog17b; @Lawrence:blog17a] and a thesis [-@Damianou:thesis15].
            """)
        .Notes("A report by a body, not a person [@WHO:ethics21].")
        .SpeakerNotes("Mention @Damianou:thesis15 here.")
        .References();

    [Fact]
    public void Build_keeps_the_cited_entries_in_the_order_first_cited()
    {
        var keys = CitingTalk().Build().Metadata.Bibliography.Entries.Select(e => e.Key);
        Assert.Equal(
            ["Lawrence:gplvm05", "Lawrence:hgplvm07", "Hinton:fast06", "Rasmussen:book06", "Lawrence:blog17b", "Lawrence:blog17a", "Damianou:thesis15", "WHO:ethics21"],
            keys);
    }

    [Fact]
    public void Slides_render_citations_author_date_and_list_what_the_slides_cite() =>
        Snapshot.Match(Body(CitingTalk().RenderSlides()), "html");

    [Fact]
    public void Notes_render_citations_author_date_and_list_what_the_notes_cite() =>
        Snapshot.Match(Body(CitingTalk().RenderNotes()), "html");

    [Fact]
    public void Jekyll_notes_render_citations_too()
    {
        var post = CitingTalk().RenderJekyllNotes();
        Assert.Contains("<a href=\"#ref-Lawrence:gplvm05\" role=\"doc-biblioref\">Lawrence, 2005</a>", post, StringComparison.Ordinal);
        Assert.Contains("id=\"ref-WHO:ethics21\"", post, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[@Lawrence:gplvm05]", "(<a href=\"#ref-Lawrence:gplvm05\" role=\"doc-biblioref\">Lawrence, 2005</a>)")]
    [InlineData("@Lawrence:hgplvm07", "<a href=\"#ref-Lawrence:hgplvm07\" role=\"doc-biblioref\">Lawrence and Moore (2007)</a>")]
    [InlineData("@Hinton:fast06 [p. 2]", "<a href=\"#ref-Hinton:fast06\" role=\"doc-biblioref\">Hinton et al. (2006, p. 2)</a>")]
    [InlineData("[-@Hinton:fast06]", "(<a href=\"#ref-Hinton:fast06\" role=\"doc-biblioref\">2006</a>)")]
    [InlineData("[@Lawrence:blog17a; @Lawrence:gplvm05]", "(<a href=\"#ref-Lawrence:blog17a\" role=\"doc-biblioref\">Lawrence, 2017b</a>, <a href=\"#ref-Lawrence:gplvm05\" role=\"doc-biblioref\">2005</a>)")]
    [InlineData("[@nosuch]", "(<strong>nosuch?</strong>)")]
    public void Renders_each_form(string markdown, string inner)
    {
        var style = new AuthorDateStyle(Bibliography());
        var html = MarkdownRenderer.Render(markdown, allowHtml: false, citations: style).Html;
        Assert.Contains(inner, html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracket_followed_by_an_address_stays_a_link()
    {
        var html = MarkdownRenderer.Render("[@Lawrence:gplvm05](https://example.org)", allowHtml: false, citations: new AuthorDateStyle(Bibliography())).Html;
        Assert.Contains("<a href=\"https://example.org\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(<a href=\"#ref-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void References_without_citations_still_list_the_links_cited() =>
        Assert.Contains(
            "<li>lamd: <a href=\"https://github.com/lawrennd/lamd\">https://github.com/lawrennd/lamd</a></li>",
            Talk.Titled("Links").Author("A", "B").Subsection("S").Markdown("See [lamd](https://github.com/lawrennd/lamd).").References().RenderNotes(),
            StringComparison.Ordinal);

    private static Bibliography Bibliography() => CitingTalk().Build().Metadata.Bibliography;

    /// <summary>The page from the first slide or section on: the head (scripts, styles) is other tests' business.</summary>
    private static string Body(string html)
    {
        var start = html.IndexOf("<h2 id=\"latent-variables\"", StringComparison.Ordinal);
        if (start < 0)
        {
            start = html.IndexOf("id=\"latent-variables\"", StringComparison.Ordinal);
            start = html.LastIndexOf('<', start);
        }

        var end = html.IndexOf("<script", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }
}
