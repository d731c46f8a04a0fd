namespace TalkDsl.Rendering;

/// <summary>
/// Where the slides page loads reveal.js and MathJax from, and its theme. The defaults use a CDN; point
/// both URLs at local copies (e.g. an npm install of <c>reveal.js</c> and <c>mathjax</c>) and the page
/// needs no network: it loads nothing else.
/// </summary>
public sealed record SlidesOptions
{
    /// <summary>The default <see cref="RevealUrl"/>: reveal.js 5.2.1 on jsDelivr.</summary>
    public const string DefaultRevealUrl = "https://cdn.jsdelivr.net/npm/reveal.js@5.2.1";

    /// <summary>The default <see cref="MathJaxUrl"/>: MathJax 3.2.2's TeX-to-CHTML bundle on jsDelivr.</summary>
    public const string DefaultMathJaxUrl = "https://cdn.jsdelivr.net/npm/mathjax@3.2.2/es5/tex-chtml-full.js";

    /// <summary>The default <see cref="Theme"/>.</summary>
    public const string DefaultTheme = "white";

    /// <summary>The options with every default.</summary>
    public static SlidesOptions Default { get; } = new();

    /// <summary>
    /// The reveal.js base folder, absolute or relative to the page, holding <c>dist/</c> and
    /// <c>plugin/</c> (an npm package folder such as <c>node_modules/reveal.js</c>).
    /// Default: <see cref="DefaultRevealUrl"/>.
    /// </summary>
    public string RevealUrl { get; init; } = DefaultRevealUrl;

    /// <summary>The MathJax 3 script that typesets <c>$…$</c> math. Default: <see cref="DefaultMathJaxUrl"/>.</summary>
    public string MathJaxUrl { get; init; } = DefaultMathJaxUrl;

    /// <summary>
    /// A reveal.js theme name, loaded from <c>dist/theme/{Theme}.css</c>. Default: <see cref="DefaultTheme"/>,
    /// whose fonts ship with reveal.js; some other themes import web fonts.
    /// </summary>
    public string Theme { get; init; } = DefaultTheme;

    /// <summary>
    /// A stylesheet the page links after its own styles (so its rules win), absolute or relative to the
    /// page, e.g. <c>talk.css</c>. Default: null, none. <see cref="Output.TalkOutputOptions.Stylesheet"/>
    /// copies a file beside the pages and sets this.
    /// </summary>
    public string? Stylesheet { get; init; }
}
