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
}
