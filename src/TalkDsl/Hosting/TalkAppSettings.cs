using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Hosting;

/// <summary>Where the pages load reveal.js and MathJax from.</summary>
public enum TalkAssets
{
    /// <summary>From the jsDelivr CDN (<see cref="SlidesOptions.DefaultRevealUrl"/>, <see cref="SlidesOptions.DefaultMathJaxUrl"/>): the pages need a network. Today the only choice, and the default.</summary>
    Cdn,
}

/// <summary>
/// What a talk project's command line asked for (see <see cref="TalkAppOptions"/>): the settings of one
/// rendering by <see cref="TalkApp"/>, before they become <see cref="TalkOutputOptions"/>.
/// </summary>
/// <param name="OutputDirectory">The folder to render into (<c>--out</c>); a relative path is taken from the current directory.</param>
public sealed record TalkAppSettings(string OutputDirectory)
{
    /// <summary>The talks to render (<c>--talk</c>), each a talk's name or file slug, any case; empty (the default) renders every talk.</summary>
    public IReadOnlyList<string> Talks { get; init; } = [];

    /// <summary>The folder holding the talks' images (<c>--media</c>); see <see cref="TalkOutputOptions.MediaFolder"/>.</summary>
    public string? MediaFolder { get; init; }

    /// <summary>Where the pages load reveal.js and MathJax from (<c>--cdn</c>). Default: <see cref="TalkAssets.Cdn"/>.</summary>
    public TalkAssets Assets { get; init; } = TalkAssets.Cdn;

    /// <summary>The reveal.js theme of the slides (<c>--theme</c>). Default: <see cref="SlidesOptions.DefaultTheme"/>.</summary>
    public string Theme { get; init; } = SlidesOptions.DefaultTheme;

    /// <summary>A CSS file copied beside the pages and linked from them (<c>--css</c>); see <see cref="TalkOutputOptions.Stylesheet"/>.</summary>
    public string? Stylesheet { get; init; }

    /// <summary>The options <see cref="TalkOutput.WriteEach"/> renders with.</summary>
    public TalkOutputOptions ToOutputOptions() => new(OutputDirectory)
    {
        Slides = SlidesOptions.Default with
        {
            Theme = Theme,
            RevealUrl = SlidesOptions.DefaultRevealUrl,
            MathJaxUrl = SlidesOptions.DefaultMathJaxUrl,
        },
        Notes = NotesOptions.Default with { MathJaxUrl = SlidesOptions.DefaultMathJaxUrl },
        MediaFolder = MediaFolder,
        Stylesheet = Stylesheet,
    };
}
