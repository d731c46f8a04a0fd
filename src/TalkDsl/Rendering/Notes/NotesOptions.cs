using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>Options of the notes outputs: the notes page (<see cref="NotesHtmlWriter"/>) and the Jekyll post (<see cref="JekyllNotesWriter"/>).</summary>
public sealed record NotesOptions
{
    /// <summary>The default <see cref="Layout"/>: lamd's <c>talk</c>.</summary>
    public const string DefaultLayout = "talk";

    /// <summary>The options with every default.</summary>
    public static NotesOptions Default { get; } = new();

    /// <summary>The MathJax 3 script that typesets <c>$…$</c> math. Default: <see cref="SlidesOptions.DefaultMathJaxUrl"/>.</summary>
    public string MathJaxUrl { get; init; } = SlidesOptions.DefaultMathJaxUrl;

    /// <summary>
    /// The slides file that goes with the notes, e.g. <c>2020-12-04-accelerate-overview.slides.html</c>:
    /// the post's <c>reveal:</c> front matter and a link in the page's header. Default: null, omitted.
    /// </summary>
    public string? SlidesLink { get; init; }

    /// <summary>The Jekyll <c>layout:</c>. Default: <see cref="DefaultLayout"/>.</summary>
    public string Layout { get; init; } = DefaultLayout;

    /// <summary>The Jekyll <c>categories:</c>. Default: <c>["notes"]</c>, as lamd writes.</summary>
    public ValueList<string> Categories { get; init; } = ["notes"];
}
