using PuppeteerSharp;
using TalkDsl.Browser.Tests.Infrastructure;

namespace TalkDsl.Browser.Tests.Preview;

/// <summary>
/// The "done means": the example served, slide 3 open in chromium; a save of the source shows on
/// that slide with no reload by hand, and an error shows over the page at its file and line until fixed.
/// </summary>
[Collection(ServedExampleCollection.Name)]
public sealed class LiveReloadTests(ServedExample served)
{
    private const string ThirdSlideHeading = "() => Reveal.getCurrentSlide().querySelector('h2')?.textContent ?? ''";

    private static readonly WaitForFunctionOptions Patiently = new() { Timeout = BrowserFixture.TabTimeoutMs, PollingInterval = 50 };

    [Fact]
    public async Task A_changed_heading_appears_on_the_open_slide_3_without_a_reload_by_hand()
    {
        var original = await File.ReadAllTextAsync(served.TalkFile);
        try
        {
            await using var page = await OpenSlideThreeAsync();
            Assert.Equal("Welcome", await page.EvaluateAsync<string>(ThirdSlideHeading));

            await File.WriteAllTextAsync(served.TalkFile, original.Replace(".Subsection(\"Welcome\")", ".Subsection(\"Welcome, everyone\")", StringComparison.Ordinal));

            await page.Page.WaitForFunctionAsync(
                "() => typeof Reveal !== 'undefined' && Reveal.isReady() && Reveal.getIndices().h === 2"
                + " && Reveal.getCurrentSlide().querySelector('h2')?.textContent === 'Welcome, everyone'",
                Patiently);
            page.AssertStayedLocal();
        }
        finally
        {
            await served.RestoreTalkFileAsync(original);
        }
    }

    [Fact]
    public async Task An_empty_subsection_shows_an_overlay_with_its_file_and_line_until_it_is_removed()
    {
        var original = await File.ReadAllTextAsync(served.TalkFile);
        try
        {
            await using var page = await OpenSlideThreeAsync();
            var lines = original.Split('\n').ToList();
            var welcome = lines.FindIndex(l => l.TrimStart().StartsWith(".Subsection(\"Welcome\")", StringComparison.Ordinal));
            Assert.True(welcome > 0, "The example has no Welcome subsection any more; pick another anchor line.");
            const string Indent = "        ";
            lines.Insert(welcome, Indent + ".Subsection(\"\")");
            var expected = $"AccelerateSparkInformationSession.cs({welcome + 1},{Indent.Length + 2}): error TALK003";

            await File.WriteAllTextAsync(served.TalkFile, string.Join('\n', lines));
            await page.Page.WaitForFunctionAsync(
                "expected => document.getElementById('talkdsl-overlay')?.textContent.includes(expected) === true", Patiently, expected);
            var help = await page.EvaluateAsync<string>("() => document.querySelector('#talkdsl-overlay a').href");
            Assert.EndsWith("docs/diagnostics/TALK003.md", help, StringComparison.Ordinal);

            await File.WriteAllTextAsync(served.TalkFile, original);
            await page.Page.WaitForFunctionAsync(
                "() => document.getElementById('talkdsl-overlay') === null && typeof Reveal !== 'undefined' && Reveal.isReady()",
                Patiently);
            Assert.Equal(2, await page.EvaluateAsync<int>("() => Reveal.getIndices().h"));
            Assert.Equal("Welcome", await page.EvaluateAsync<string>(ThirdSlideHeading));
        }
        finally
        {
            await served.RestoreTalkFileAsync(original);
        }
    }

    [Fact]
    public async Task The_notes_page_keeps_its_scroll_position_when_it_reloads()
    {
        var original = await File.ReadAllTextAsync(served.TalkFile);
        try
        {
            await using var page = await served.OpenAsync("/accelerate-spark-information-session.notes.html");
            await page.EvaluateAsync<int>("() => { window.scrollTo(0, 600); window.talkdslMarker = 1; return window.scrollY; }");

            await File.WriteAllTextAsync(served.TalkFile, original.Replace(".Subsection(\"Welcome\")", ".Subsection(\"Welcome, all\")", StringComparison.Ordinal));

            await page.Page.WaitForFunctionAsync("() => window.talkdslMarker === undefined && document.body.textContent.includes('Welcome, all') && window.scrollY === 600", Patiently);
        }
        finally
        {
            await served.RestoreTalkFileAsync(original);
        }
    }

    [Fact]
    public async Task Speaker_view_opens_from_the_served_slides_with_S()
    {
        await using var page = await OpenSlideThreeAsync();
        var popup = new TaskCompletionSource<ITarget>(TaskCreationOptions.RunContinuationsAsynchronously);
        served.Browser.TargetCreated += (_, e) => popup.TrySetResult(e.Target);

        await page.Page.Keyboard.PressAsync("s");
        var target = await popup.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserFixture.TabTimeoutMs));
        var speaker = await target.PageAsync();
        await speaker.WaitForFunctionAsync("() => document.querySelector('#current-slide iframe') !== null", Patiently);

        var shows = await speaker.EvaluateFunctionAsync<string>("() => document.querySelector('#current-slide iframe').src");
        Assert.Contains(ServedExample.SlidesFile, shows, StringComparison.Ordinal);
        await speaker.CloseAsync();
        page.AssertStayedLocal();
    }

    private async Task<TestPage> OpenSlideThreeAsync()
    {
        var page = await served.OpenAsync("/" + ServedExample.SlidesFile);
        await page.Page.WaitForFunctionAsync("() => typeof Reveal !== 'undefined' && Reveal.isReady()", Patiently);
        await page.EvaluateAsync<int>("() => { Reveal.slide(2); return Reveal.getIndices().h; }");
        return page;
    }
}
