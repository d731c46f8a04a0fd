using System.Globalization;
using TalkDsl.Rendering;

namespace TalkDsl;

/// <summary>
/// Renders a talk to slides, a notes page or a Jekyll notes post. On a <see cref="Talk"/> the talk is
/// validated first and a <see cref="Rules.TalkValidationException"/> lists every error; on an
/// <see cref="IRenderableTalk"/> (already checked, or generated at compile time) it simply replays.
/// </summary>
public static class TalkRendering
{
    /// <summary>The reveal.js slides page, as a string.</summary>
    public static string RenderSlides(this Talk talk, SlidesOptions? options = null) =>
        ToText(output => talk.RenderSlides(output, options));

    /// <summary>Writes the reveal.js slides page to <paramref name="output"/>.</summary>
    public static void RenderSlides(this Talk talk, TextWriter output, SlidesOptions? options = null) =>
        Replay(talk, new RevealSlidesWriter(output, options));

    /// <summary>The standalone notes page, as a string.</summary>
    public static string RenderNotes(this Talk talk, NotesOptions? options = null) =>
        ToText(output => talk.RenderNotes(output, options));

    /// <summary>Writes the standalone notes page to <paramref name="output"/>.</summary>
    public static void RenderNotes(this Talk talk, TextWriter output, NotesOptions? options = null) =>
        Replay(talk, new NotesHtmlWriter(output, options));

    /// <summary>The notes as a Jekyll post in lamd's shape, as a string.</summary>
    public static string RenderJekyllNotes(this Talk talk, NotesOptions? options = null) =>
        ToText(output => talk.RenderJekyllNotes(output, options));

    /// <summary>Writes the notes as a Jekyll post in lamd's shape to <paramref name="output"/>.</summary>
    public static void RenderJekyllNotes(this Talk talk, TextWriter output, NotesOptions? options = null) =>
        Replay(talk, new JekyllNotesWriter(output, options));

    /// <inheritdoc cref="RenderSlides(Talk, SlidesOptions?)"/>
    public static string RenderSlides(this IRenderableTalk talk, SlidesOptions? options = null) =>
        ToText(output => talk.RenderSlides(output, options));

    /// <inheritdoc cref="RenderSlides(Talk, TextWriter, SlidesOptions?)"/>
    public static void RenderSlides(this IRenderableTalk talk, TextWriter output, SlidesOptions? options = null) =>
        Replay(talk, new RevealSlidesWriter(output, options));

    /// <inheritdoc cref="RenderNotes(Talk, NotesOptions?)"/>
    public static string RenderNotes(this IRenderableTalk talk, NotesOptions? options = null) =>
        ToText(output => talk.RenderNotes(output, options));

    /// <inheritdoc cref="RenderNotes(Talk, TextWriter, NotesOptions?)"/>
    public static void RenderNotes(this IRenderableTalk talk, TextWriter output, NotesOptions? options = null) =>
        Replay(talk, new NotesHtmlWriter(output, options));

    /// <inheritdoc cref="RenderJekyllNotes(Talk, NotesOptions?)"/>
    public static string RenderJekyllNotes(this IRenderableTalk talk, NotesOptions? options = null) =>
        ToText(output => talk.RenderJekyllNotes(output, options));

    /// <inheritdoc cref="RenderJekyllNotes(Talk, TextWriter, NotesOptions?)"/>
    public static void RenderJekyllNotes(this IRenderableTalk talk, TextWriter output, NotesOptions? options = null) =>
        Replay(talk, new JekyllNotesWriter(output, options));

    private static void Replay(Talk talk, ITalkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(talk);
        talk.BuildValidated().Replay(writer);
    }

    private static void Replay(IRenderableTalk talk, ITalkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(talk);
        talk.Render(writer);
    }

    private static string ToText(Action<TextWriter> render)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        render(output);
        return output.ToString();
    }
}
