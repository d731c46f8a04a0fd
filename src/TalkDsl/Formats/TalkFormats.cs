using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Rendering.Docx;
using TalkDsl.Rendering.Notebook;
using TalkDsl.Rendering.Pdf;
using TalkDsl.Rendering.Pptx;

namespace TalkDsl.Formats;

/// <summary>
/// The built-in formats, by name: the three HTML/Markdown outputs lamd makes first, then the files made
/// from them or from the same events. <see cref="Parse"/> reads <c>--format</c>'s comma-separated list.
/// </summary>
public static class TalkFormats
{
    /// <summary><c>slides</c>: the reveal.js page, <c>{slug}.slides.html</c>.</summary>
    public static TalkFormat Slides { get; } = TalkFormat.Text(
        "slides", "reveal.js slides page", names => names.Slides,
        (output, context) => new RevealSlidesWriter(output, context.Options.Slides));

    /// <summary><c>notes</c>: the standalone notes page, <c>{slug}.notes.html</c>.</summary>
    public static TalkFormat Notes { get; } = TalkFormat.Text(
        "notes", "notes page (HTML)", names => names.Notes,
        (output, context) => new NotesHtmlWriter(output, context.Options.Notes));

    /// <summary><c>post</c>: the notes as a Jekyll post, <c>{yyyy-MM-dd}-{slug}.md</c>.</summary>
    public static TalkFormat Post { get; } = TalkFormat.Text(
        "post", "notes as a Jekyll post (Markdown)", names => names.Post ?? throw new ArgumentException("The talk " + TalkFileNames.NoPost, nameof(names)),
        (output, context) => new JekyllNotesWriter(output, context.Options.Notes));

    /// <summary><c>pdf</c>: the slides printed by chromium in reveal.js's print mode, <c>{slug}.slides.pdf</c>.</summary>
    public static TalkFormat Pdf { get; } = TalkFormat.Streamed(
        "pdf", "slides as PDF (chromium)", names => names.Slug + ".slides.pdf",
        (output, context) => new PdfWriter(output, context, slides: true), needsBrowser: true);

    /// <summary><c>notes-pdf</c>: the notes page printed by chromium on the talk's paper, <c>{slug}.notes.pdf</c>.</summary>
    public static TalkFormat NotesPdf { get; } = TalkFormat.Streamed(
        "notes-pdf", "notes as PDF (chromium)", names => names.Slug + ".notes.pdf",
        (output, context) => new PdfWriter(output, context, slides: false), needsBrowser: true);

    /// <summary><c>pptx</c>: the slides as a PowerPoint presentation with speaker notes, <c>{slug}.pptx</c>.</summary>
    public static TalkFormat Pptx { get; } = TalkFormat.Streamed(
        "pptx", "slides as a PowerPoint presentation", names => names.Slug + ".pptx",
        (output, context) => new PptxWriter(output, context), usesBrowser: true);

    /// <summary><c>docx</c>: the notes as a Word document, <c>{slug}.docx</c>.</summary>
    public static TalkFormat Docx { get; } = TalkFormat.Streamed(
        "docx", "notes as a Word document", names => names.Slug + ".docx",
        (output, context) => new DocxWriter(output, context), usesBrowser: true);

    /// <summary><c>ipynb</c>: a Jupyter notebook of the talk's code with the notes' text between, <c>{slug}.ipynb</c>.</summary>
    public static TalkFormat Ipynb { get; } = TalkFormat.Streamed(
        "ipynb", "Jupyter notebook: the code with the notes", names => names.Slug + ".ipynb",
        (output, _) => new NotebookWriter(output, slides: false), isBinary: false);

    /// <summary><c>slides-ipynb</c>: a Jupyter notebook of the code with the slides' text and slideshow metadata, <c>{slug}.slides.ipynb</c>.</summary>
    public static TalkFormat SlidesIpynb { get; } = TalkFormat.Streamed(
        "slides-ipynb", "Jupyter notebook: the code with the slides, as a slideshow", names => names.Slug + ".slides.ipynb",
        (output, _) => new NotebookWriter(output, slides: true), isBinary: false);

    /// <summary>The formats written when none are asked for: slides, notes, post.</summary>
    public static IReadOnlyList<TalkFormat> Default { get; } = [Slides, Notes, Post];

    /// <summary>Every built-in format, in the order they are written.</summary>
    public static IReadOnlyList<TalkFormat> All { get; } = [Slides, Notes, Post, Pdf, NotesPdf, Pptx, Docx, Ipynb, SlidesIpynb];

    /// <summary>The names <see cref="Parse"/> knows, comma-separated, for help and error texts.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name)) + ", all";

    /// <summary>The built-in format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static TalkFormat? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads a comma-separated list such as <c>slides,notes,pdf</c>; <c>all</c> stands for every format. Each format once, in the order given.</summary>
    /// <exception cref="FormatException">A name is not a format, or the list is empty; the message lists the known names.</exception>
    public static IReadOnlyList<TalkFormat> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var formats = new List<TalkFormat>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = string.Equals(name, "all", StringComparison.OrdinalIgnoreCase) ? All
                : Find(name) is { } format ? [format]
                : throw new FormatException($"'{name}' is not an output format. The formats are: {Names}.");
            formats.AddRange(found.Where(f => !formats.Contains(f)));
        }

        return formats.Count > 0 ? formats : throw new FormatException($"No output format was given. The formats are: {Names}.");
    }
}
