using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>A small talk with inline and display math, typeset by the local MathJax.</summary>
public sealed class MathTalkFixture : BrowserFixture
{
    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Euler in the browser")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 2)
        .Subsection("An identity")
            .Markdown("""
                Inline: $e^{i\pi} + 1 = 0$.

                $$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$$
                """)
        .Thanks();

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("EulerInTheBrowser", Talk)];
}

public sealed class MathSlidesTests(MathTalkFixture fixture) : IClassFixture<MathTalkFixture>
{
    private const string TypesetTwice = "() => document.querySelectorAll('mjx-container').length >= 2";

    [Fact]
    public async Task Slides_typeset_inline_and_display_math_with_the_local_mathjax()
    {
        await using var page = await fixture.OpenAsync(MathTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()");
        await page.Page.WaitForFunctionAsync(TypesetTwice, new PuppeteerSharp.WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        var display = await page.EvaluateAsync<int>("() => document.querySelectorAll('mjx-container[display=\"true\"]').length");

        Assert.Equal(1, display);
        page.AssertStayedLocal();
    }

    [Fact]
    public async Task Notes_typeset_math_with_the_local_mathjax()
    {
        await using var page = await fixture.OpenAsync(MathTalkFixture.Files.Notes);
        await page.Page.WaitForFunctionAsync(TypesetTwice, new PuppeteerSharp.WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        page.AssertStayedLocal();
    }
}
