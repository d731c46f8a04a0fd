using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Browser.Tests;

/// <summary>A talk with an image, a figure and a Markdown image, written with a media folder: the copies load.</summary>
public sealed class ImageTalkFixture : BrowserFixture
{
    // The smallest valid PNG: one pixel.
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static Talk Talk { get; } = TalkDsl.Talk
        .Titled("Pictures in the browser")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 3)
        .Subsection("Images")
            .Image("diagrams/ml/pixel.png", width: "10%", alt: "A pixel")
            .Figure(Media.Image("diagrams/box.svg"), "A teal box.")
            .Markdown("Inline: ![another pixel](diagrams/ml/pixel.png) and ![the box](diagrams/box.svg)");

    public static TalkFileNames Files { get; } = TalkFileNames.For(Talk.Build().Metadata);

    protected override IEnumerable<IRenderableTalk> Talks() => [new RenderableTalk("PicturesInTheBrowser", Talk)];

    protected override string? CreateMediaFolder(string temp)
    {
        var media = Path.Combine(temp, "media");
        Directory.CreateDirectory(Path.Combine(media, "diagrams", "ml"));
        File.WriteAllBytes(Path.Combine(media, "diagrams", "ml", "pixel.png"), Convert.FromBase64String(OnePixelPng));
        File.WriteAllText(Path.Combine(media, "diagrams", "box.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>""");
        return media;
    }
}

public sealed class ImageTests(ImageTalkFixture fixture) : IClassFixture<ImageTalkFixture>
{
    private const string AllLoaded = "() => [...document.images].every(i => i.complete)";

    [Theory]
    [InlineData("slides")]
    [InlineData("notes")]
    public async Task The_copied_images_load_beside_the_pages(string which)
    {
        await using var page = await fixture.OpenAsync(which == "slides" ? ImageTalkFixture.Files.Slides : ImageTalkFixture.Files.Notes);
        await page.Page.WaitForFunctionAsync(AllLoaded);

        var images = await page.EvaluateAsync<string[]>("() => [...document.images].map(i => new URL(i.src).pathname.split('/talk/')[1] + ' ' + i.naturalWidth)");

        Assert.Equal(["diagrams/ml/pixel.png 1", "diagrams/box.svg 40", "diagrams/ml/pixel.png 1", "diagrams/box.svg 40"], images);
        Assert.Contains(fixture.Written, path => path.EndsWith(Path.Combine("diagrams", "box.svg"), StringComparison.Ordinal));
        page.AssertStayedLocal();
    }
}
