using PuppeteerSharp;
using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>
/// A focused talk with what a speaker expects on the slides (code, math, speaker notes, a theme, the
/// talk's stylesheet and a host stylesheet), written by <see cref="TalkOutput"/> with the bundled runtime.
/// </summary>
public sealed class SpeakerTalkFixture : BrowserFixture
{
    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("What a speaker expects")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 4)
        .Theme("black")
        .Stylesheet("talk.css")
        .Subsection("Code")
            .Markdown("""
                ```python
                def double(x):
                    return 2 * x
                ```
                """)
            .SpeakerNotes("SpeakerWord: say why doubling matters.")
        .Subsection("More code")
            .Code("import numpy as np\nnp.zeros(3)", onSlides: true)
            .Notes("A raw aside the notes page must hide: <aside class=\"notes\">RawAsideWord</aside>", allowHtml: true)
        .Subsection("Math")
            .Markdown("""
                Inline: $e^{i\pi} + 1 = 0$.

                $$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$$
                """)
            .SpeakerNotes("SpeakerWord again, with $x^2$.")
        .Thanks();

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("WhatASpeakerExpects", Talk)];

    protected override TalkOutputOptions Options(string outputFolder, string temp)
    {
        // The talk's own stylesheet sits in the media folder; the host's is given as a file.
        var media = Path.Combine(temp, "media");
        Directory.CreateDirectory(media);
        File.WriteAllText(Path.Combine(media, "talk.css"), ".reveal h2 { letter-spacing: 3px; }");
        var host = Path.Combine(temp, "host.css");
        File.WriteAllText(host, ".reveal h2 { color: rgb(250, 200, 0); }");
        return new TalkOutputOptions(outputFolder) { MediaFolder = media, Stylesheet = host };
    }
}

public sealed class OfflineSlidesTests(SpeakerTalkFixture fixture) : IClassFixture<SpeakerTalkFixture>
{
    private const string WaitForReveal = "() => typeof Reveal !== 'undefined' && Reveal.isReady()";
    private const string WaitForMath = "() => document.querySelectorAll('mjx-container').length >= 2";
    private const string WaitForHighlight = "() => document.querySelectorAll('pre code.hljs').length >= 2";

    private static WaitForFunctionOptions Patient => new() { Timeout = BrowserFixture.TabTimeoutMs };

    [Fact]
    public async Task Slides_from_file_with_no_network_are_ready_typeset_highlighted_numbered_and_keep_notes_hidden()
    {
        await using var page = await fixture.OpenAsync(SpeakerTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync(WaitForReveal, Patient);
        await page.Page.WaitForFunctionAsync(WaitForMath, Patient);
        await page.Page.WaitForFunctionAsync(WaitForHighlight, Patient);
        await page.EvaluateAsync<bool>("() => { Reveal.slide(1); return true; }");

        var state = await page.EvaluateAsync<SlidesState>("""
            () => ({
              version: Reveal.VERSION,
              notesPlugin: Reveal.getPlugin('notes') !== undefined,
              highlighted: [...document.querySelectorAll('pre code.hljs')].map(c => c.querySelectorAll('span[class^="hljs-"]').length),
              keyword: document.querySelector('pre code.hljs .hljs-keyword')?.textContent ?? '',
              slideNumber: document.querySelector('.reveal .slide-number')?.innerText ?? '',
              slideNumberVisible: document.querySelector('.reveal .slide-number')?.checkVisibility() ?? false,
              asides: document.querySelectorAll('aside.notes').length,
              visibleAsides: [...document.querySelectorAll('aside.notes')].filter(a => a.checkVisibility()).length,
              shown: document.querySelector('.reveal').innerText,
            })
            """);

        Assert.Equal(BundledAssets.RevealVersion, state.Version);
        Assert.True(state.NotesPlugin, "the notes plugin is not registered");
        Assert.Equal(2, state.Highlighted.Length);
        Assert.All(state.Highlighted, spans => Assert.True(spans > 0, "a code block has no highlighted tokens"));
        Assert.Equal("def", state.Keyword);
        Assert.True(state.SlideNumberVisible, "no slide number is shown");
        Assert.Equal($"2/{SpeakerTalkFixture.Talk.Outline().SlideCount}", state.SlideNumber.Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(2, state.Asides);
        Assert.Equal(0, state.VisibleAsides);
        Assert.DoesNotContain("SpeakerWord", state.Shown, StringComparison.Ordinal);
        page.AssertStayedLocal();
    }

    [Fact]
    public async Task The_theme_the_code_colours_and_both_stylesheets_apply()
    {
        await using var page = await fixture.OpenAsync(SpeakerTalkFixture.Files.Slides);
        await page.Page.WaitForFunctionAsync(WaitForReveal, Patient);
        await page.Page.WaitForFunctionAsync(WaitForHighlight, Patient);

        var style = await page.EvaluateAsync<StyleState>("""
            () => {
              const h2 = document.querySelector('.reveal section h2');
              return {
                background: getComputedStyle(document.querySelector('.reveal-viewport')).backgroundColor,
                heading: getComputedStyle(h2).color,
                spacing: getComputedStyle(h2).letterSpacing,
                code: getComputedStyle(document.querySelector('pre code.hljs')).backgroundColor,
              };
            }
            """);

        Assert.Equal("rgb(25, 25, 25)", style.Background); // reveal.js's black theme
        Assert.Equal("rgb(250, 200, 0)", style.Heading);        // the host's stylesheet, linked last
        Assert.Equal("3px", style.Spacing);                  // the talk's own stylesheet
        Assert.Equal("rgb(39, 40, 34)", style.Code);         // monokai

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.EvaluateAsync<bool>("() => { Reveal.configure({ transition: 'none' }); return true; }");
        foreach (var (slide, name) in new[] { (1, "code"), (3, "math") })
        {
            await page.EvaluateAsync<bool>($"() => {{ Reveal.slide({slide}); return true; }}");
            await page.Page.WaitForFunctionAsync($"() => Reveal.getIndices().h === {slide}", Patient);
            await page.Page.WaitForFunctionAsync(WaitForMath, Patient);
            var png = Path.Combine(BrowserFixture.ScreenshotFolder, $"speaker-talk-{name}.png");
            await page.Page.ScreenshotAsync(png);
            Assert.True(new FileInfo(png).Length > 10_000, $"{png} looks blank");
        }

        page.AssertStayedLocal();
    }

    [Fact]
    public async Task Speaker_notes_stay_hidden_when_the_scripts_fail_to_load()
    {
        await using var page = await fixture.OpenAsync(
            SpeakerTalkFixture.Files.Slides,
            $"{BundledAssets.FolderName}/reveal.js/dist/reveal.js",
            $"{BundledAssets.FolderName}/reveal.js/dist/reveal.css");

        var state = await page.EvaluateAsync<FallbackState>("""
            () => ({
              reveal: typeof Reveal !== 'undefined',
              asides: document.querySelectorAll('aside.notes').length,
              visibleAsides: [...document.querySelectorAll('aside.notes')].filter(a => a.checkVisibility()).length,
              shown: document.body.innerText,
            })
            """);

        Assert.False(state.Reveal);
        Assert.Equal(2, state.Asides);
        Assert.Equal(0, state.VisibleAsides);
        Assert.Contains("def double(x):", state.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("SpeakerWord", state.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_page_from_file_with_no_network_typesets_math_and_shows_no_aside()
    {
        await using var page = await fixture.OpenAsync(SpeakerTalkFixture.Files.Notes);
        await page.Page.WaitForFunctionAsync(WaitForMath, Patient);

        var state = await page.EvaluateAsync<FallbackState>("""
            () => ({
              reveal: false,
              asides: document.querySelectorAll('aside.notes').length,
              visibleAsides: [...document.querySelectorAll('aside.notes')].filter(a => a.checkVisibility()).length,
              shown: document.body.innerText,
            })
            """);

        Assert.Equal(1, state.Asides);
        Assert.Equal(0, state.VisibleAsides);
        Assert.DoesNotContain("RawAsideWord", state.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("SpeakerWord", state.Shown, StringComparison.Ordinal);
        page.AssertStayedLocal();
    }

    public sealed record SlidesState(
        string Version, bool NotesPlugin, int[] Highlighted, string Keyword, string SlideNumber, bool SlideNumberVisible, int Asides, int VisibleAsides, string Shown);

    public sealed record StyleState(string Background, string Heading, string Spacing, string Code);

    public sealed record FallbackState(bool Reveal, int Asides, int VisibleAsides, string Shown);
}
