using TalkDsl.Rendering;

namespace TalkDsl.Layout;

/// <summary>How <see cref="SlideLayoutCheck"/> renders the slides it measures: as the talk project renders them.</summary>
public sealed record SlideLayoutOptions
{
    /// <summary>The theme and stylesheet of the slides (they change what fits). Default: <see cref="SlidesOptions.Default"/>.</summary>
    public SlidesOptions Slides { get; init; } = SlidesOptions.Default;

    /// <summary>The folder holding the talks' images, so that they are measured at their size; null for none.</summary>
    public string? MediaFolder { get; init; }

    /// <summary>A CSS file linked after the theme, as <c>--css</c> links it; null for none.</summary>
    public string? Stylesheet { get; init; }

    /// <summary>The chromium executable; null (the default) for <see cref="PdfOptions.ChromiumVariable"/>, else <see cref="PdfOptions.DefaultChromium"/>.</summary>
    public string? ChromiumPath { get; init; }
}
