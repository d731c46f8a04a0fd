using TalkDsl.Rendering;

namespace TalkDsl.Output;

/// <summary>Where <see cref="TalkOutput.Write"/> puts the files and how it renders them.</summary>
/// <param name="OutputDirectory">The folder to fill; created when missing. A relative path is taken from the current directory.</param>
public sealed record TalkOutputOptions(string OutputDirectory)
{
    /// <summary>How the slides pages are rendered (reveal.js and MathJax URLs, theme).</summary>
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
    /// A CSS file to style the pages with, after the theme: copied into the output folder under its own
    /// file name and linked from every slides page and notes page (a Jekyll post takes its styles from
    /// its layout). A relative path is taken from the current directory; a missing file fails the write
    /// and nothing is changed. Default: null, none.
    /// </summary>
    public string? Stylesheet { get; init; }
}
