using AccelerateSpark;
using PuppeteerSharp;
using PuppeteerSharp.Input;
using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;
using Xunit.Abstractions;

namespace TalkDsl.Browser.Tests;

/// <summary>The example's pages, rendered by the library and opened in chromium as a person would.</summary>
public sealed class AccelerateSparkPagesFixture : BrowserFixture
{
    public static TalkFileNames Files { get; } = TalkFileNames.For(ExampleTalks.All[0].Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => ExampleTalks.All;
}

public sealed class AccelerateSparkSlidesTests(AccelerateSparkPagesFixture fixture, ITestOutputHelper output)
    : IClassFixture<AccelerateSparkPagesFixture>
{
    private const string WaitForReveal = "() => typeof Reveal !== 'undefined' && Reveal.isReady()";

    private static readonly Talk Example = AccelerateSparkInformationSession.Define();

    [Fact]
    public async Task Reveal_initialises_from_the_bundled_copy_from_file_with_no_network()
    {
        await using var page = await OpenSlidesAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => Reveal.isReady()"));
        Assert.Equal(BundledAssets.RevealVersion, await page.EvaluateAsync<string>("() => Reveal.VERSION"));
        Assert.StartsWith("file:", await page.EvaluateAsync<string>("() => location.href"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => Reveal.getPlugin('notes') !== undefined && Reveal.getPlugin('highlight') !== undefined"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.reveal .slide-number').checkVisibility()"));
        Assert.Equal($"1/{Example.Outline().SlideCount}", (await page.EvaluateAsync<string>("() => document.querySelector('.reveal .slide-number').innerText")).Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains(fixture.Written, path => path.EndsWith(Path.Combine(BundledAssets.FolderName, "mathjax", "es5", "tex-chtml-full.js"), StringComparison.Ordinal));
        page.AssertStayedLocal();
    }

    [Fact]
    public async Task Slide_count_equals_the_models_outline()
    {
        await using var page = await OpenSlidesAsync();

        var total = await page.EvaluateAsync<int>("() => Reveal.getTotalSlides()");

        Assert.Equal(Example.Outline().SlideCount, total);
    }

    [Fact]
    public async Task Right_arrow_advances_to_the_next_slide()
    {
        await using var page = await OpenSlidesAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Reveal.getIndices().h"));

        await page.Page.Keyboard.PressAsync(Key.ArrowRight);
        await page.Page.WaitForFunctionAsync("() => Reveal.getIndices().h === 1", new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        var heading = await page.EvaluateAsync<string>("() => Reveal.getCurrentSlide().querySelector('h2')?.textContent ?? ''");
        Assert.Equal(Example.Outline().Headings[0].Title, heading);
    }

    [Fact]
    public async Task Speaker_notes_are_in_the_page_but_not_visible()
    {
        await using var page = await OpenSlidesAsync();
        await GoToSlideWithHeadingAsync(page, "Welcome");

        var notes = await page.EvaluateAsync<NotesState>("""
            () => {
              const aside = Reveal.getCurrentSlide().querySelector('aside.notes');
              return {
                inDom: aside !== null,
                text: aside?.textContent ?? '',
                visible: aside?.checkVisibility() ?? false,
                slideVisible: Reveal.getCurrentSlide().checkVisibility(),
                shownText: document.querySelector('.reveal').innerText,
              };
            }
            """);

        Assert.True(notes.InDom);
        Assert.Contains("Thanks, everyone, for coming", notes.Text, StringComparison.Ordinal);
        Assert.True(notes.SlideVisible);
        Assert.False(notes.Visible);
        Assert.Contains("Zoom housekeeping", notes.ShownText, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks, everyone, for coming", notes.ShownText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_slide_shows_title_authors_venue_and_date()
    {
        await using var page = await OpenSlidesAsync();

        // innerText is what is shown (the theme upper-cases headings, so compare ignoring case).
        var shown = await page.EvaluateAsync<string>("() => Reveal.getCurrentSlide().innerText");

        Assert.Contains("Accelerate-Spark Information Session", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Neil D. Lawrence", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Jessica K. Montgomery", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Raoul-Gabriel Urma", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cambridge Spark", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Virtual", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2020", shown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Title_slide_fits_on_the_screen()
    {
        await using var page = await OpenSlidesAsync();

        var outside = await page.EvaluateAsync<string[]>("""
            () => [...Reveal.getCurrentSlide().children]
              .filter(e => { const r = e.getBoundingClientRect(); return r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth; })
              .map(e => e.outerHTML)
            """);

        Assert.Empty(outside);
    }

    [Fact]
    public async Task Screenshots_of_the_title_slide_and_a_content_slide()
    {
        await using var page = await OpenSlidesAsync();
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);

        var title = Path.Combine(BrowserFixture.ScreenshotFolder, "accelerate-spark-title.png");
        await page.Page.ScreenshotAsync(title);
        await GoToSlideWithHeadingAsync(page, "The Accelerate Programme", last: true);
        var content = Path.Combine(BrowserFixture.ScreenshotFolder, "accelerate-spark-content.png");
        await page.Page.ScreenshotAsync(content);

        output.WriteLine($"Title slide: {title}");
        output.WriteLine($"Content slide: {content}");
        foreach (var png in new[] { title, content })
        {
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes: the slide looks blank.");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }

        page.AssertStayedLocal();
    }

    [Fact]
    public async Task Notes_page_loads_with_no_request_off_this_machine_and_pandoc_anchors()
    {
        await using var page = await fixture.OpenAsync(AccelerateSparkPagesFixture.Files.Notes);

        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('h1[id], h2[id]')].map(h => h.id)");

        Assert.Equal(Example.Outline().Headings.Select(h => h.Anchor), ids);
        page.AssertStayedLocal();
    }

    [Fact]
    public async Task The_notes_pages_slides_link_opens_the_slides()
    {
        await using var page = await fixture.OpenAsync(AccelerateSparkPagesFixture.Files.Notes);

        await Task.WhenAll(
            page.Page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }),
            page.Page.ClickAsync(".slides-link a"));
        await page.Page.WaitForFunctionAsync(WaitForReveal, new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });

        Assert.EndsWith("/" + AccelerateSparkPagesFixture.Files.Slides, new Uri(page.Page.Url).AbsolutePath, StringComparison.Ordinal);
        page.AssertStayedLocal();
    }

    private async Task<TestPage> OpenSlidesAsync()
    {
        var page = await fixture.OpenAsync(AccelerateSparkPagesFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync(WaitForReveal, new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });
        return page;
    }

    /// <summary>Shows the (first, or last) slide whose heading is <paramref name="heading"/>.</summary>
    private static async Task GoToSlideWithHeadingAsync(TestPage page, string heading, bool last = false)
    {
        var index = await page.EvaluateAsync<int>(
            """
            (heading, last) => {
              const slides = Reveal.getSlides().map(s => s.querySelector('h1, h2')?.textContent?.trim());
              return last ? slides.lastIndexOf(heading) : slides.indexOf(heading);
            }
            """,
            heading,
            last);
        Assert.True(index >= 0, $"No slide has the heading '{heading}'.");
        await page.EvaluateAsync<bool>("i => { Reveal.slide(i); return true; }", index);
        await page.Page.WaitForFunctionAsync($"() => Reveal.getIndices().h === {index}", new WaitForFunctionOptions { Timeout = BrowserFixture.TabTimeoutMs });
    }

    private sealed record NotesState(bool InDom, string Text, bool Visible, bool SlideVisible, string ShownText);
}
