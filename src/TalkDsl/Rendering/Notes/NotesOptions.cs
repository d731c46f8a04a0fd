using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>Options of the notes outputs: the notes page (<see cref="NotesHtmlWriter"/>) and the Jekyll post (<see cref="JekyllNotesWriter"/>).</summary>
public sealed record NotesOptions
{
    /// <summary>The default <see cref="Layout"/>: lamd's <c>talk</c>.</summary>
    public const string DefaultLayout = "talk";

    /// <summary>The options with every default.</summary>
    public static NotesOptions Default { get; } = new();

    /// <summary>The MathJax 3 script that typesets <c>$…$</c> math. Default: <see cref="SlidesOptions.DefaultMathJaxUrl"/>, the bundled copy in <c>_talkdsl/</c> beside the page.</summary>
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

    /// <summary>
    /// Where the talk's sources are edited online, e.g. <c>https://github.com/me/talks/edit/main/</c>: each
    /// <c>EditMe()</c> links to this URL followed by its file's path below <see cref="SourceRoot"/>. Default:
    /// null, and then <c>EditMe()</c> shows nothing. Needs <see cref="SourceRoot"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not an absolute http(s) URL.</exception>
    public string? EditBaseUrl
    {
        get;
        init => field = value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            ? value
            : throw new ArgumentException($"EditBaseUrl '{value}' is not an absolute http(s) URL: write it in full, e.g. \"https://github.com/me/talks/edit/main/\".", nameof(EditBaseUrl));
    }

    /// <summary>
    /// The folder that <see cref="EditBaseUrl"/> corresponds to (the repository's root, as the compiler saw
    /// it: with a deterministic CI build's path map that is <c>/_/</c>). The edit link of a file outside it
    /// is left out: that file is edited somewhere else. Default: null.
    /// </summary>
    public string? SourceRoot { get; init; }

    /// <summary>
    /// A stylesheet the page links after its own styles (so its rules win), absolute or relative to the
    /// page, e.g. <c>talk.css</c>. Default: null, none. <see cref="Output.TalkOutputOptions.Stylesheet"/>
    /// copies a file beside the pages and sets this.
    /// </summary>
    public string? Stylesheet { get; init; }
}
