using TalkDsl.Formats;

namespace TalkDsl.Output;

/// <summary>Where <see cref="TalkOutput.Write"/> puts the files, which formats it writes and how it renders them.</summary>
/// <param name="OutputDirectory">The folder to fill; created when missing. A relative path is taken from the current directory.</param>
public sealed record TalkOutputOptions(string OutputDirectory) : TalkRenderOptions
{
    /// <summary>The formats to write for every talk, in this order. Default: <see cref="TalkFormats.Default"/> (slides, notes, post).</summary>
    public IReadOnlyList<TalkFormat> Formats { get; init; } = TalkFormats.Default;

    /// <summary>
    /// A CSS file to style the pages with (a host's <c>--css</c>), after the theme and the talk's own
    /// <c>.Stylesheet(...)</c>, so its rules win: copied into the output folder under its own file name and
    /// linked from every slides page and notes page (a Jekyll post takes its styles from its layout). A
    /// relative path is taken from the current directory; a missing file fails the write and nothing is
    /// changed. Default: null, none.
    /// </summary>
    public string? Stylesheet { get; init; }

    /// <summary>
    /// Where the pages load reveal.js and MathJax from. <see cref="AssetMode.Bundled"/> (the default) copies
    /// TalkDsl's own copies into <c>_talkdsl/</c> of the output folder, once for all the talks and only the
    /// files that changed, and the pages load them from there: the folder works from <c>file://</c> with no
    /// network. <see cref="AssetMode.Cdn"/> copies nothing and the pages load them from jsDelivr.
    /// </summary>
    public AssetMode Assets
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Assets), value, "Not an AssetMode value.");
    }
}

/// <summary>Where rendered pages load the slides runtime (reveal.js, MathJax) from.</summary>
public enum AssetMode
{
    /// <summary>From the copies TalkDsl bundles, written into <c>_talkdsl/</c> beside the pages: works offline.</summary>
    Bundled,

    /// <summary>From jsDelivr (<see cref="Rendering.SlidesOptions.CdnRevealUrl"/>, <see cref="Rendering.SlidesOptions.CdnMathJaxUrl"/>): nothing is copied, the pages need the network.</summary>
    Cdn,
}
