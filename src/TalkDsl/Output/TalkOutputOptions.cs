using TalkDsl.Rendering;

namespace TalkDsl.Output;

/// <summary>Where <see cref="TalkOutput.Write"/> puts the files and how it renders them.</summary>
/// <param name="OutputDirectory">The folder to fill; created when missing. A relative path is taken from the current directory.</param>
public sealed record TalkOutputOptions(string OutputDirectory)
{
    /// <summary>How the slides pages are rendered (reveal.js and MathJax URLs, theme, slide numbers, stylesheets).</summary>
    public SlidesOptions Slides { get; init; } = new();

    /// <summary>How the notes page and the Jekyll post are rendered. Their link to the slides is set per talk.</summary>
    public NotesOptions Notes { get; init; } = new();

    /// <summary>
    /// The folder holding the images the talks show, at the paths the talks give (e.g. the folder that
    /// holds <c>diagrams/</c>); a relative path is taken from the current directory. When set, every local
    /// image — <c>Image(...)</c>, a figure's or a column's image, <c>![alt](path)</c> in Markdown — must be
    /// there, and is copied into the output folder beside the pages, so the folder works on its own. A
    /// missing one fails the write, naming the file and line of the call, and nothing is changed. When
    /// null (the default) image paths are written as given and nothing is checked or copied.
    /// </summary>
    public string? MediaFolder { get; init; }

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

    /// <summary>From jsDelivr (<see cref="SlidesOptions.CdnRevealUrl"/>, <see cref="SlidesOptions.CdnMathJaxUrl"/>): nothing is copied, the pages need the network.</summary>
    Cdn,
}
