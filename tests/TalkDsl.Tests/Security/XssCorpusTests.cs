using AngleSharp.Dom;
using Xunit.Abstractions;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Tests.Rendering;

namespace TalkDsl.Tests.Security;

/// <summary>
/// Every payload of <see cref="XssVectors"/> in every text and URL field, rendered (without validation,
/// as a talk whose values came at run time would be) to slides, notes and the Jekyll post, each parsed
/// as a browser would (AngleSharp): no <c>href</c>, <c>src</c> or other URL attribute may hold a
/// <c>javascript:</c>, <c>vbscript:</c> or <c>data:text/html</c> address, no element may carry an event
/// handler, no script may appear but the page's own, and the post must keep Liquid inert.
/// </summary>
public sealed class XssCorpusTests(ITestOutputHelper log)
{
    private static readonly (string Field, Func<string, Talk> Build)[] UrlFields =
    [
        ("author url", v => Base(h => h.Author(given: "Ada", url: v)).Thanks()),
        ("Image path", v => Base().Image(v, alt: "alt")),
        ("Figure image", v => Base().Figure(new ImageMedia(v, alt: "alt"), "Caption.")),
        ("Columns image", v => Base().Columns(new ImageMedia(v), new MarkdownMedia("right"))),
        ("Markdown link", v => Base().Markdown($"[x]({v})").References()),
        ("Markdown image", v => Base().Markdown($"![x]({v})")),
        ("Markdown autolink", v => Base().Markdown($"<{v}>").References()),
        ("Markdown reference", v => Base().Markdown($"[x][r]\n\n[r]: {v}").References()),
        ("Slides link", v => Base().Slides($"[x]({v})")),
        ("Notes link", v => Base().Notes($"[x]({v})").References()),
        ("SpeakerNotes link", v => Base().SpeakerNotes($"[x]({v})")),
        ("Fragment link", v => Base().Fragment($"[x]({v})")),
        ("Figure caption link", v => Base().Figure(new ImageMedia("a.png"), $"See [x]({v}).")),
        ("Markdown column link", v => Base().Columns(new MarkdownMedia($"[x]({v})"), new MarkdownMedia("r"))),
    ];

    private static readonly (string Field, Func<string, Talk> Build)[] TextFields =
    [
        ("title", v => Talk.Titled(v).Author(given: "Ada").Subsection("s").Markdown("x")),
        ("subtitle", v => Base(h => h.Subtitle(v))),
        ("venue", v => Base(h => h.Venue(v))),
        ("abstract", v => Base(h => h.Abstract(v))),
        ("author given", v => Base(h => h.Author(given: v))),
        ("author family", v => Base(h => h.Author(given: "A", family: v))),
        ("author institute", v => Base(h => h.Author(given: "A", institute: v)).Thanks()),
        ("Section", v => Base().Section(v).Markdown("x")),
        ("Subsection", v => Base().Subsection(v).Markdown("x")),
        ("NewSlide", v => Base().NewSlide(v).Markdown("x")),
        ("Markdown", v => Base().Markdown(v)),
        ("Slides", v => Base().Slides(v)),
        ("Notes", v => Base().Notes(v)),
        ("SpeakerNotes", v => Base().SpeakerNotes(v)),
        ("Fragment", v => Base().Fragment(v)),
        ("Image alt", v => Base().Image("a.png", alt: v)),
        ("Figure caption", v => Base().Figure(new ImageMedia("a.png"), v)),
        ("Code", v => Base().Code(v)),
    ];

    private static readonly (string Field, Func<string, Talk> Build)[] RawHtmlFields =
    [
        ("Markdown allowHtml", v => Base().Markdown(v, allowHtml: true)),
        ("Slides allowHtml", v => Base().Slides(v, allowHtml: true)),
        ("Notes allowHtml", v => Base().Notes(v, allowHtml: true)),
        ("SpeakerNotes allowHtml", v => Base().SpeakerNotes(v, allowHtml: true)),
        ("Media.Markdown allowHtml", v => Base().Columns(Media.Markdown(v, allowHtml: true), Media.Markdown("r"))),
    ];

    /// <summary>The whole corpus: counts what was rendered, and fails on the first unsafe output.</summary>
    [Fact]
    public void No_payload_in_any_field_reaches_a_page_as_script()
    {
        var markdownPayloads = XssVectors.Markdown.Concat(XssVectors.Text).ToArray();
        var renders = 0;
        var refusedByBuilder = 0;
        var urls = 0;
        var cases = UrlFields.SelectMany(f => XssVectors.UnsafeUrls.Select(v => (f.Field, f.Build, Value: v)))
            .Concat(TextFields.SelectMany(f => (f.Field.Length > 0 && char.IsUpper(f.Field[0]) ? markdownPayloads : XssVectors.Text.Concat(XssVectors.UnsafeUrls)).Select(v => (f.Field, f.Build, Value: v))))
            .Concat(RawHtmlFields.SelectMany(f => XssVectors.RawHtml.Concat(markdownPayloads).Select(v => (f.Field, f.Build, Value: v))));
        foreach (var (field, build, value) in cases)
        {
            TalkDocument document;
            try
            {
                document = build(value).Build();
            }
            catch (ArgumentException)
            {
                refusedByBuilder++; // the builder refuses the value (a control character in a path…): nothing is rendered
                continue;
            }

            foreach (var (format, html) in Render(document))
            {
                renders++;
                urls += AssertInert(html, format, $"{field} = {Shown(value)}");
            }
        }

        log.WriteLine($"XSS corpus: {XssVectors.UnsafeUrls.Length} URL vectors x {UrlFields.Length} URL fields, {XssVectors.Markdown.Length + XssVectors.Text.Length} Markdown/text vectors x {TextFields.Length} text fields, {XssVectors.RawHtml.Length + markdownPayloads.Length} raw HTML vectors x {RawHtmlFields.Length} allowHtml fields; {renders} pages rendered (slides, notes, post), {refusedByBuilder} values refused by the builder, {urls} URL attributes inspected, 0 unsafe");
        Assert.True(renders >= 40 * 3 * 10, $"the corpus rendered {renders} pages");
        Assert.True(refusedByBuilder < renders / 10, $"{refusedByBuilder} cases never reached a writer");
    }

    [Fact]
    public void An_unsafe_link_keeps_its_text_and_an_unsafe_image_its_alt_text()
    {
        var document = Base(h => h.Author(given: "Ada", url: "javascript:alert(1)")).Markdown("Go [**there**](javascript:alert(1)) or <vbscript:x>.").Image("data:text/html,x", alt: "the picture").Thanks().Build();

        var notes = HtmlDom.Parse(Render(document).Single(r => r.Format == "notes").Html);

        Assert.Contains("Go there or vbscript:x.", notes.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notes.QuerySelector("strong"));
        Assert.Equal("the picture", notes.QuerySelector("img")!.GetAttribute("alt"));
        Assert.False(notes.QuerySelector("img")!.HasAttribute("src"));
        Assert.Contains("web: javascript:alert(1)", notes.QuerySelector(".contacts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(notes.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_Jekyll_post_keeps_Liquid_inert_even_with_a_literal_endraw()
    {
        var post = Render(Talk.Titled("{{ site.title }}").Author(given: "Ada").Subsection("{% include x %}").Markdown("`{% endraw %}{{ 6 | times: 7 }}` and $x_{{a}}$").Build())
            .Single(r => r.Format == "post").Html;

        var body = post[(post.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        Assert.StartsWith("{% raw %}\n", body, StringComparison.Ordinal);
        Assert.EndsWith("{% endraw %}\n", body, StringComparison.Ordinal);
        var inner = body["{% raw %}\n".Length..^"{% endraw %}\n".Length];
        Assert.DoesNotContain("{{", inner, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", inner, StringComparison.Ordinal);
        Assert.Contains("{% endraw %}{{ 6 | times: 7 }}", HtmlDom.Parse(inner).Body!.TextContent, StringComparison.Ordinal);
    }

    private static TalkBody Base(Func<TalkHeader, TalkHeader>? header = null) =>
        (header ?? (h => h.Author(given: "Ada")))(Talk.Titled("T")).Subsection("S").Markdown("x");

    private static IEnumerable<(string Format, string Html)> Render(TalkDocument document)
    {
        yield return ("slides", Write(document, o => new RevealSlidesWriter(o)));
        yield return ("notes", Write(document, o => new NotesHtmlWriter(o)));
        yield return ("post", Write(document, o => new JekyllNotesWriter(o)));
    }

    private static string Write(TalkDocument document, Func<TextWriter, ITalkWriter> writer)
    {
        var output = new StringWriter();
        document.Replay(writer(output));
        return output.ToString();
    }

    private static int AssertInert(string html, string format, string what) => InertHtml.Assert(html, format, what, pageScripts: true);

    private static string Shown(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);
}
