using System.Text;
using TalkDsl.Formats;
using TalkDsl.Rendering;

namespace TalkDsl;

/// <summary>
/// Renders a talk in any format (<see cref="TalkFormats"/>) to a stream, and the three text formats to a
/// string, which reads well in tests. On a <see cref="Talk"/> the talk is validated first and a
/// <see cref="Rules.TalkValidationException"/> lists every error; on an <see cref="IRenderableTalk"/>
/// (already checked, or generated at compile time) it simply replays.
/// </summary>
public static class TalkRendering
{
    /// <summary>Writes <paramref name="talk"/> in <paramref name="format"/> to <paramref name="output"/>, which is left open.</summary>
    /// <param name="options">URLs, the media folder and the like; every default when null.</param>
    public static void Render(this IRenderableTalk talk, TalkFormat format, Stream output, TalkRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new TalkRenderOptions();

        // A chromium of its own for this call, started only if the format uses it.
        using var browser = format.UsesBrowser && Rendering.Pdf.PdfBrowser.Missing(options.Pdf) is null ? new Rendering.Pdf.PdfBrowser(options.Pdf) : null;
        format.Render(talk, output, new FormatContext(options) { Browser = browser });
    }

    /// <inheritdoc cref="Render(IRenderableTalk, TalkFormat, Stream, TalkRenderOptions?)"/>
    public static void Render(this Talk talk, TalkFormat format, Stream output, TalkRenderOptions? options = null) =>
        Built(talk).Render(format, output, options);

    /// <summary>A text format's output as a string.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is binary.</exception>
    public static string RenderText(this IRenderableTalk talk, TalkFormat format, TalkRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format.IsBinary)
        {
            throw new ArgumentException($"The {format.Name} format is binary: render it to a Stream with Render(format, stream).", nameof(format));
        }

        using var output = new MemoryStream();
        talk.Render(format, output, options);
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <inheritdoc cref="RenderText(IRenderableTalk, TalkFormat, TalkRenderOptions?)"/>
    public static string RenderText(this Talk talk, TalkFormat format, TalkRenderOptions? options = null) =>
        Built(talk).RenderText(format, options);

    /// <summary>The reveal.js slides page, as a string.</summary>
    public static string RenderSlides(this IRenderableTalk talk, SlidesOptions? options = null) =>
        talk.RenderText(TalkFormats.Slides, new TalkRenderOptions { Slides = options ?? SlidesOptions.Default });

    /// <summary>The standalone notes page, as a string.</summary>
    public static string RenderNotes(this IRenderableTalk talk, NotesOptions? options = null) =>
        talk.RenderText(TalkFormats.Notes, new TalkRenderOptions { Notes = options ?? NotesOptions.Default });

    /// <summary>The notes as a Jekyll post in lamd's shape, as a string.</summary>
    public static string RenderJekyllNotes(this IRenderableTalk talk, NotesOptions? options = null) =>
        talk.RenderText(TalkFormats.Post, new TalkRenderOptions { Notes = options ?? NotesOptions.Default });

    /// <inheritdoc cref="RenderSlides(IRenderableTalk, SlidesOptions?)"/>
    public static string RenderSlides(this Talk talk, SlidesOptions? options = null) => Built(talk).RenderSlides(options);

    /// <inheritdoc cref="RenderNotes(IRenderableTalk, NotesOptions?)"/>
    public static string RenderNotes(this Talk talk, NotesOptions? options = null) => Built(talk).RenderNotes(options);

    /// <inheritdoc cref="RenderJekyllNotes(IRenderableTalk, NotesOptions?)"/>
    public static string RenderJekyllNotes(this Talk talk, NotesOptions? options = null) => Built(talk).RenderJekyllNotes(options);

    /// <summary>Validates <paramref name="talk"/> and wraps it for replay; the name is only for messages.</summary>
    private static RenderableTalk Built(Talk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        return new RenderableTalk(nameof(Talk), talk);
    }
}
