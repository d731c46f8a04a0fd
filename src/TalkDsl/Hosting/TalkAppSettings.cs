using TalkDsl.Formats;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Hosting;

/// <summary>
/// What a talk project's command line asked for (see <see cref="TalkAppOptions"/>): the settings of one
/// rendering by <see cref="TalkApp"/>, before they become <see cref="TalkOutputOptions"/>.
/// </summary>
/// <param name="OutputDirectory">The folder to render into (<c>--out</c>); a relative path is taken from the current directory.</param>
public sealed record TalkAppSettings(string OutputDirectory)
{
    /// <summary>The talks to render (<c>--talk</c>), each a talk's name or file slug, any case; empty (the default) renders every talk.</summary>
    public IReadOnlyList<string> Talks { get; init; } = [];

    /// <summary>The folder holding the talks' images (<c>--media</c>); see <see cref="Formats.TalkRenderOptions.MediaFolder"/>.</summary>
    public string? MediaFolder { get; init; }

    /// <summary>
    /// Where the pages load reveal.js and MathJax from: <see cref="AssetMode.Bundled"/> (the default), copied
    /// into <c>_talkdsl/</c> beside them; <see cref="AssetMode.Cdn"/> with <c>--cdn</c>.
    /// </summary>
    public AssetMode Assets { get; init; } = AssetMode.Bundled;

    /// <summary>The reveal.js theme of the slides (<c>--theme</c>), over the talk's own <c>.Theme(...)</c>. Default: null, the talk's, else <see cref="SlidesOptions.DefaultTheme"/>.</summary>
    public string? Theme { get; init; }

    /// <summary>A CSS file copied beside the pages and linked from them (<c>--css</c>); see <see cref="TalkOutputOptions.Stylesheet"/>.</summary>
    public string? Stylesheet { get; init; }

    /// <summary>The formats to write (<c>--format</c>). Default: <see cref="TalkFormats.Default"/> (slides, notes, post).</summary>
    public IReadOnlyList<TalkFormat> Formats { get; init; } = TalkFormats.Default;

    /// <summary>The slides PDF gets each slide's speaker notes on a page of their own (<c>--pdf-notes</c>); see <see cref="PdfOptions.SpeakerNotes"/>.</summary>
    public bool PdfSpeakerNotes { get; init; }

    /// <summary>The options <see cref="TalkOutput.WriteEach"/> renders with.</summary>
    public TalkOutputOptions ToOutputOptions() => new(OutputDirectory)
    {
        Slides = SlidesOptions.Default with { Theme = Theme },
        MediaFolder = MediaFolder,
        Stylesheet = Stylesheet,
        Assets = Assets,
        Formats = Formats,
        Pdf = new PdfOptions { SpeakerNotes = PdfSpeakerNotes },
    };
}
