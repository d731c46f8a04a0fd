using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>A talk with a pandoc footnote on its first slide.</summary>
public sealed class FootnoteTalkFixture : BrowserFixture
{
    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Footnotes in the browser")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 2)
        .Subsection("A claim")
            .Markdown("""
                Zero day exploits[^zeroday] are rare.

                [^zeroday]: Not known to the makers of a system.
                """)
        .Thanks();

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("FootnotesInTheBrowser", Talk)];
}

public sealed class FootnoteSlidesTests(FootnoteTalkFixture fixture) : IClassFixture<FootnoteTalkFixture>
{
    [Fact]
    public async Task The_footnote_number_on_a_slide_takes_the_audience_to_the_footnotes_slide_and_back()
    {
        await using var page = await fixture.OpenAsync(FootnoteTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()");
        // No transition: a click must land where the link is, not where a moving slide was.
        await page.EvaluateAsync<bool>("() => { Reveal.configure({ transition: 'none' }); Reveal.slide(1); return true; }");

        var number = await page.EvaluateAsync<string>("() => Reveal.getCurrentSlide().querySelector('a.footnote-ref sup').textContent");
        await page.Page.ClickAsync("section.present a.footnote-ref");
        await page.Page.WaitForFunctionAsync("() => Reveal.getCurrentSlide().classList.contains('footnotes')", new PuppeteerSharp.WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });
        var note = await page.EvaluateAsync<string>("() => Reveal.getCurrentSlide().querySelector('li#fn1').textContent");
        var last = await page.EvaluateAsync<bool>("() => Reveal.isLastSlide()");
        await page.Page.ClickAsync("section.present a.footnote-back");
        await page.Page.WaitForFunctionAsync("() => Reveal.getCurrentSlide().querySelector('a.footnote-ref') !== null", new PuppeteerSharp.WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        Assert.Equal("1", number);
        Assert.StartsWith("Not known to the makers of a system.", note, StringComparison.Ordinal);
        Assert.True(last);
        page.AssertStayedLocal();
    }
}
