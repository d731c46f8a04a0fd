using TalkDsl.Formats;

namespace TalkDsl.Output;

/// <summary>Where <see cref="TalkOutput.Write"/> puts the files, which formats it writes and how it renders them.</summary>
/// <param name="OutputDirectory">The folder to fill; created when missing. A relative path is taken from the current directory.</param>
public sealed record TalkOutputOptions(string OutputDirectory) : TalkRenderOptions
{
    /// <summary>The formats to write for every talk, in this order. Default: <see cref="TalkFormats.Default"/> (slides, notes, post).</summary>
    public IReadOnlyList<TalkFormat> Formats { get; init; } = TalkFormats.Default;

    /// <summary>
    /// A CSS file to style the pages with, after the theme: copied into the output folder under its own
    /// file name and linked from every slides page and notes page (a Jekyll post takes its styles from
    /// its layout). A relative path is taken from the current directory; a missing file fails the write
    /// and nothing is changed. Default: null, none.
    /// </summary>
    public string? Stylesheet { get; init; }
}
