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

    /// <summary>A talk citing entries whose citations would read alike (see disambiguation.bib).</summary>
    internal static Talk AmbiguousTalk() => Talk
        .Titled("Alike")
        .Author(given: "Ada", family: "Lovelace")
        .Bibliography("disambiguation.bib")
        .Subsection("Latent variables")
        .Markdown("""
            * Three Does [@Doe:john17; @Doe:jack17; @Doe:aloysius17], and @Doe:jack17 in text.
            * Two posts [@Lawrence:blog17a; @Lawrence:blog17b]; one of them, @Lawrence:blog17b.
            * Two Smiths [@Smith:j19; @Smith:a19] and two Hintons [@Hinton:a06; @Hinton:b06].
            * Two Browns [@Brown:a20; @Brown:b21] and one Moore [@Moore:cited18].
            """)
        .References();

    [Fact]
    public void Citations_that_read_alike_get_initials_given_names_or_year_suffixes_as_the_csl_says() =>
        Snapshot.Match(Body(AmbiguousTalk().RenderNotes()), "html");

    [Theory]
    [InlineData("[@Doe:aloysius17]", "A. Doe, 2017")]
    [InlineData("[@Doe:john17]", "John Doe, 2017")]
    [InlineData("@Doe:jack17", "Jack Doe (2017)")]
    [InlineData("[@Lawrence:blog17b]", "Lawrence, 2017a")]
    [InlineData("[@Lawrence:blog17a]", "Lawrence, 2017b")]
    [InlineData("[@Smith:j19]", "J. Smith et al., 2019")]
    [InlineData("[@Hinton:a06]", "Hinton et al., 2006a")]
    [InlineData("[@Hinton:b06]", "Hinton et al., 2006b")]
    [InlineData("[@Brown:a20]", "Brown, 2020")]
    [InlineData("[@Moore:cited18]", "Moore, 2018")]
    public void Disambiguates_only_what_reads_alike(string markdown, string shown)
    {
        var style = new AuthorDateStyle(AmbiguousTalk().Build().Metadata.Bibliography);
        var html = MarkdownRenderer.Render(markdown, allowHtml: false, citations: style).Html;
        Assert.Contains($">{shown}</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_list_carries_the_year_suffixes()
    {
        var notes = AmbiguousTalk().RenderNotes();
        Assert.Contains("Lawrence, N.D., 2017a. Data Readiness Levels.", notes, StringComparison.Ordinal);
        Assert.Contains("Lawrence, N.D., 2017b. Living Together: Mind and Machine Intelligence.", notes, StringComparison.Ordinal);
        Assert.Contains("Doe, J., 2017. Doe&#39;s First Book", notes.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Not cited", notes, StringComparison.Ordinal);
    }

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
