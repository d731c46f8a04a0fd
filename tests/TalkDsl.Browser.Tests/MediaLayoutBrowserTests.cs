using PuppeteerSharp;
using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>A figure of two diagrams, right-aligned text and a styled div (lamd's <c>\figure</c> of several images, <c>\alignright</c>, <c>\div</c>), written with a media folder.</summary>
public sealed class MediaLayoutTalkFixture : BrowserFixture
{
    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Layouts in the browser")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 3)
        .Subsection("Layouts")
            .Figure(Media.Group(Media.Image("diagrams/red.svg", "20%", "A red box"), Media.Image("diagrams/blue.svg", "20%", "A blue box", cssClass: "second", style: "opacity:0.5")), "Two boxes.")
            .Markdown("A plain paragraph.")
            .Align(Alignment.Right, "Credit: the lab")
            .Div("Small print.", cssClass: "small-print", style: "font-size:50%");

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("LayoutsInTheBrowser", Talk)];

    protected override string? CreateMediaFolder(string temp)
    {
        var media = Path.Combine(temp, "media");
        Directory.CreateDirectory(Path.Combine(media, "diagrams"));
        File.WriteAllText(Path.Combine(media, "diagrams", "red.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>""");
        File.WriteAllText(Path.Combine(media, "diagrams", "blue.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="blue"/></svg>""");
        return media;
    }
}

public sealed class MediaLayoutBrowserTests(MediaLayoutTalkFixture fixture) : IClassFixture<MediaLayoutTalkFixture>
{
    [Fact]
    public async Task On_the_slide_both_diagrams_load_the_credit_sits_at_the_right_and_the_div_is_styled()
    {
        await using var page = await fixture.OpenAsync(MediaLayoutTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady() && [...document.images].every(i => i.complete)", new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });
        await page.EvaluateAsync<bool>("() => { Reveal.slide(1); return true; }");
        await page.Page.WaitForFunctionAsync("() => Reveal.getIndices().h === 1", new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        var seen = await page.EvaluateAsync<Seen>("""
            () => {
              const slide = Reveal.getCurrentSlide();
              const images = [...slide.querySelectorAll('.figure-frame img')];
              const plain = [...slide.querySelectorAll('p')].find(p => p.textContent === 'A plain paragraph.');
              const credit = [...slide.querySelectorAll('p')].find(p => p.textContent === 'Credit: the lab');
              const range = document.createRange();
              range.selectNodeContents(credit);
              const text = range.getBoundingClientRect();
              const small = slide.querySelector('div.small-print p');
              return {
                loaded: images.map(i => i.naturalWidth),
                visible: images.every(i => i.checkVisibility() && i.getBoundingClientRect().width > 0),
                sideBySide: Math.abs(images[0].getBoundingClientRect().top - images[1].getBoundingClientRect().top) < 1 && images[0].getBoundingClientRect().right <= images[1].getBoundingClientRect().left,
                secondOpacity: getComputedStyle(images[1]).opacity,
                creditRightGap: credit.getBoundingClientRect().right - text.right,
                creditLeftGap: text.left - credit.getBoundingClientRect().left,
                smallRatio: parseFloat(getComputedStyle(small).fontSize) / parseFloat(getComputedStyle(plain).fontSize),
                captionShown: slide.innerText.includes('Two boxes.'),
              };
            }
            """);

        Assert.Equal([40, 40], seen.Loaded);
        Assert.True(seen.Visible, "both diagrams of the figure show on the slide");
        Assert.True(seen.SideBySide, "the two diagrams sit side by side, as lamd's inline objects do");
        Assert.Equal("0.5", seen.SecondOpacity);
        Assert.True(seen.CreditRightGap < 2, $"the credit ends at the right edge (gap {seen.CreditRightGap})");
        Assert.True(seen.CreditLeftGap > 100, $"the credit starts well right of the left edge (gap {seen.CreditLeftGap})");
        Assert.Equal(0.5, seen.SmallRatio, 2);
        Assert.False(seen.CaptionShown, "the caption is in the speaker notes, not on the slide");
        page.AssertStayedLocal();
    }

    private sealed record Seen(int[] Loaded, bool Visible, bool SideBySide, string SecondOpacity, double CreditRightGap, double CreditLeftGap, double SmallRatio, bool CaptionShown);
}
