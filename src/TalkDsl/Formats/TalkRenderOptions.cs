using TalkDsl.Rendering;

namespace TalkDsl.Formats;

/// <summary>How the formats render a talk: what the pages load, the notes' links, and where the images are.</summary>
public record TalkRenderOptions
{
    /// <summary>How the slides pages are rendered (reveal.js and MathJax URLs, theme); the slides PDF prints that page.</summary>
    public SlidesOptions Slides { get; init; } = new();

    /// <summary>How the notes page and the Jekyll post are rendered; the notes PDF prints that page. <see cref="Output.TalkOutput"/> sets their link to the slides per talk.</summary>
    public NotesOptions Notes { get; init; } = new();

    /// <summary>How the PDF formats print: which chromium, and whether the slides PDF has speaker notes pages.</summary>
    public PdfOptions Pdf { get; init; } = new();

    /// <summary>
    /// The folder holding the images the talks show, at the paths the talks give (e.g. the folder that
    /// holds <c>diagrams/</c>); a relative path is taken from the current directory. When set, every local
    /// image — <c>Image(...)</c>, a figure's or a column's image, <c>![alt](path)</c> in Markdown — must be
    /// there: <see cref="Output.TalkOutput"/> copies it beside the pages, so the folder works on its own,
    /// and the PowerPoint and Word files embed it. A missing one fails the write, naming the file and line
    /// of the call, and nothing is changed. When null (the default) image paths are written as given and
    /// nothing is checked or copied; PowerPoint and Word then show an image's path as text.
    /// </summary>
    public string? MediaFolder { get; init; }
}
