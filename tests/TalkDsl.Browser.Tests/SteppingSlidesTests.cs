using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>A talk with a pause, an incremental list and an animation, stepped through with the keyboard.</summary>
public sealed class SteppingTalkFixture : BrowserFixture
{
    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Step by step in the browser")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 2)
        .Subsection("Pauses")
            .Markdown("""
                Shown first.

                . . .

                Shown second.

                . . .

                Shown third.
                """)
        .Subsection("Lists")
            .Incremental("""
                * Item one
                * Item two
                """)
        .Subsection("Animation")
            .Animation("frames", [Media.Markdown("Frame one"), Media.Markdown("Frame two"), Media.Markdown("Frame three")])
        .Thanks();

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("SteppingInTheBrowser", Talk)];
}

public sealed class SteppingSlidesTests(SteppingTalkFixture fixture) : IClassFixture<SteppingTalkFixture>
{
    // What a person sees: each element's text, when it is shown (reveal.js hides a fragment with visibility and opacity).
    private const string Shown = """
        (selector) => [...document.querySelectorAll(selector)]
            .filter(e => { const s = getComputedStyle(e); return s.visibility !== 'hidden' && s.opacity !== '0'; })
            .map(e => e.textContent.trim()).join('|')
        """;

    [Fact]
    public async Task Pressing_next_steps_through_pauses_an_incremental_list_and_an_animation_s_frames()
    {
        await using var page = await fixture.OpenAsync(SteppingTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()");

        await page.EvaluateAsync<object>("() => Reveal.slide(1)");
        await SeesAsync(page, "#pauses > p", "Shown first.");
        await NextAsync(page, "#pauses > p, #pauses .fragment > p", "Shown first.|Shown second.");
        await NextAsync(page, "#pauses > p, #pauses .fragment > p", "Shown first.|Shown second.|Shown third.");

        await NextAsync(page, "#lists li", string.Empty);
        await NextAsync(page, "#lists li", "Item one");
        await NextAsync(page, "#lists li", "Item one|Item two");

        await NextAsync(page, "#animation .animation-frame", "Frame one");
        await NextAsync(page, "#animation .animation-frame", "Frame two");
        await NextAsync(page, "#animation .animation-frame", "Frame three");
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await SeesAsync(page, "#animation .animation-frame", "Frame two");
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await SeesAsync(page, "#animation .animation-frame", "Frame one");

        page.AssertStayedLocal();
    }

    private static async Task NextAsync(TestPage page, string selector, string expected)
    {
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await SeesAsync(page, selector, expected);
    }

    /// <summary>Waits until exactly <paramref name="expected"/> is shown (fragments fade in and out); on a timeout, says what was.</summary>
    private static async Task SeesAsync(TestPage page, string selector, string expected)
    {
        try
        {
            await page.Page.WaitForFunctionAsync($"() => ({Shown})({System.Text.Json.JsonSerializer.Serialize(selector)}) === {System.Text.Json.JsonSerializer.Serialize(expected)}", new PuppeteerSharp.WaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (PuppeteerSharp.WaitTaskTimeoutException)
        {
            var shown = await page.EvaluateAsync<string>(Shown, selector);
            Assert.Equal(expected, shown);
        }
    }
}
