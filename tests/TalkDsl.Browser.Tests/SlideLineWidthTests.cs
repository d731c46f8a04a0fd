using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Rules;
using Xunit.Abstractions;

namespace TalkDsl.Browser.Tests;

/// <summary>A slide of plain prose and a slide of the same prose quoted, in the default theme at the default slide size.</summary>
public sealed class ProseTalkFixture : BrowserFixture
{
    /// <summary>English prose as slides carry it: ordinary words, punctuation and a few capitals.</summary>
    public const string Prose =
        "Today's Department of Computer Science and Technology began in the 1930s as the Mathematical Laboratory. "
        + "Back then a computer was a job title: a person paid to carry out numerical calculations by hand. "
        + "Mechanical calculators, however, were getting better quickly, and a report to the University in 1936 "
        + "set out why a laboratory was needed: calculating machines were improving, while human computers were "
        + "getting scarce, and scientists in many departments wanted to use machines for their numerical work.";

    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Line width")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 2)
        .Subsection("Prose")
            .Markdown(Prose)
        .Subsection("Quote")
            .Markdown("> " + Prose);

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("LineWidth", Talk)];
}

/// <summary>
/// Measures how many characters of prose a line of a slide holds, the figure behind TALK008's
/// <c>talkdsl.slide_line_chars</c> default (<see cref="RuleSettings.SlideLineChars"/>), and keeps the two together.
/// </summary>
public sealed class SlideLineWidthTests(ProseTalkFixture fixture, ITestOutputHelper output) : IClassFixture<ProseTalkFixture>
{
    // The text's length over the lines it takes, the last line counted by the part of the width it fills.
    private const string CharactersPerLine = """
        (selector) => {
          const block = document.querySelector(selector);
          const range = document.createRange();
          range.selectNodeContents(block);
          const rects = [...range.getClientRects()].filter(r => r.width > 0);
          const lines = [...new Set(rects.map(r => Math.round(r.top)))].length;
          const lastTop = Math.max(...rects.map(r => r.top));
          const last = rects.filter(r => Math.abs(r.top - lastTop) < 1);
          const left = Math.min(...rects.map(r => r.left));
          const right = Math.max(...rects.map(r => r.right));
          const lastWidth = Math.max(...last.map(r => r.right)) - left;
          return block.textContent.trim().length / (lines - 1 + lastWidth / (right - left));
        }
        """;

    [Fact]
    public async Task The_default_line_width_is_the_measured_one()
    {
        await using var page = await fixture.OpenAsync(ProseTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()");
        await page.Page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)");
        await page.Page.EvaluateExpressionAsync("Reveal.slide(1)");
        var prose = await page.EvaluateAsync<double>(CharactersPerLine, "#prose p");
        await page.Page.EvaluateExpressionAsync("Reveal.slide(2)");
        var quote = await page.EvaluateAsync<double>(CharactersPerLine, "#quote blockquote p");
        var size = await page.EvaluateAsync<int[]>("() => [Reveal.getConfig().width, Reveal.getConfig().height]");

        output.WriteLine($"At {size[0]}x{size[1]} in the default theme: {prose:0.0} characters per line of prose, {quote:0.0} in a quote ({quote / prose:P0}).");

        Assert.InRange(RuleSettings.Default.SlideLineChars, prose * 0.95, prose * 1.05);
        Assert.InRange(SlideLines.QuoteWidth, quote / prose * 0.95, quote / prose * 1.05);
        page.AssertStayedLocal();
    }
}
