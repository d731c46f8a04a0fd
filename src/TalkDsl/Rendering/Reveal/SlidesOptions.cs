namespace TalkDsl.Rendering;

/// <summary>
/// Where the slides page loads reveal.js and MathJax from, and how the slides look: theme, code colours,
/// slide numbers and extra stylesheets.
/// </summary>
/// <remarks>
/// The default URLs are relative to the page and point into <c>_talkdsl/</c>, the folder where
/// <see cref="Output.TalkOutput"/> copies the copies of reveal.js and MathJax that TalkDsl bundles: pages
/// written through it work from <c>file://</c> with no network. A page rendered to a string or a stream
/// (<see cref="TalkRendering.RenderSlides(Talk, SlidesOptions?)"/>) points there too; copy the runtime beside
/// it with <see cref="Output.BundledAssets.CopyTo"/>, or use <see cref="Cdn"/>.
/// </remarks>
public sealed record SlidesOptions
{
    /// <summary>The default <see cref="RevealUrl"/>: the bundled reveal.js, relative to the page.</summary>
    public const string DefaultRevealUrl = Output.BundledAssets.FolderName + "/reveal.js";

    /// <summary>The default <see cref="MathJaxUrl"/>: the bundled MathJax TeX-to-CHTML script, relative to the page.</summary>
    public const string DefaultMathJaxUrl = Output.BundledAssets.FolderName + "/mathjax/es5/tex-chtml-full.js";

    /// <summary>reveal.js on jsDelivr, the same version as the bundled one.</summary>
    public const string CdnRevealUrl = "https://cdn.jsdelivr.net/npm/reveal.js@" + Output.BundledAssets.RevealVersion;

    /// <summary>MathJax's TeX-to-CHTML script on jsDelivr, the same version as the bundled one.</summary>
    public const string CdnMathJaxUrl = "https://cdn.jsdelivr.net/npm/mathjax@" + Output.BundledAssets.MathJaxVersion + "/es5/tex-chtml-full.js";

    /// <summary>The theme when neither the options nor the talk (<c>.Theme(...)</c>) name one.</summary>
    public const string DefaultTheme = "white";

    /// <summary>The default <see cref="CodeTheme"/>.</summary>
    public const string DefaultCodeTheme = "monokai";

    /// <summary>The default <see cref="SlideNumber"/>: the current slide and the total, <c>3/12</c>.</summary>
    public const string DefaultSlideNumber = "c/t";

    /// <summary>The options with every default.</summary>
    public static SlidesOptions Default { get; } = new();

    /// <summary>The defaults, with reveal.js and MathJax loaded from jsDelivr (the page then needs the network).</summary>
    public static SlidesOptions Cdn { get; } = new() { RevealUrl = CdnRevealUrl, MathJaxUrl = CdnMathJaxUrl };

    /// <summary>
    /// The reveal.js base folder, absolute or relative to the page, holding <c>dist/</c> and
    /// <c>plugin/</c> (an npm package folder such as <c>node_modules/reveal.js</c>).
    /// Default: <see cref="DefaultRevealUrl"/>.
    /// </summary>
    public string RevealUrl { get; init; } = DefaultRevealUrl;

    /// <summary>The MathJax 3 script that typesets <c>$…$</c> math. Default: <see cref="DefaultMathJaxUrl"/>.</summary>
    public string MathJaxUrl { get; init; } = DefaultMathJaxUrl;

    /// <summary>
    /// A reveal.js theme (<c>white</c>, <c>black</c>, <c>league</c>, …), loaded from <c>dist/theme/{Theme}.css</c>;
    /// it wins over the talk's <c>.Theme(...)</c>. Default: null, the talk's theme or else <see cref="DefaultTheme"/>.
    /// Some themes import web fonts, which offline fall back to the browser's.
    /// </summary>
    /// <exception cref="ArgumentException">Not one of reveal.js's themes.</exception>
    public string? Theme
    {
        get;
        init => field = value is null || Rules.ValueChecks.Theme(value) is not { } problem ? value : throw new ArgumentException(problem, nameof(Theme));
    }

    /// <summary>
    /// The colours of highlighted code: a stylesheet of reveal.js's highlight plugin, <c>monokai</c> or
    /// <c>zenburn</c>, loaded from <c>plugin/highlight/{CodeTheme}.css</c>. Default: <see cref="DefaultCodeTheme"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not monokai or zenburn.</exception>
    public string CodeTheme
    {
        get;
        init => field = value is "monokai" or "zenburn" ? value : throw new ArgumentException($"CodeTheme '{value}' is not a highlight theme reveal.js ships: use \"monokai\" or \"zenburn\".", nameof(CodeTheme));
    } = DefaultCodeTheme;

    /// <summary>
    /// The slide number reveal.js shows in a corner: <c>"c/t"</c> (current/total), <c>"c"</c>, <c>"h.v"</c> or
    /// <c>"h/v"</c>; null shows none. Default: <see cref="DefaultSlideNumber"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not one of reveal.js's slide number formats.</exception>
    public string? SlideNumber
    {
        get;
        init => field = value is null or "c/t" or "c" or "h.v" or "h/v" ? value : throw new ArgumentException($"SlideNumber '{value}' is not a format reveal.js knows: use \"c/t\", \"c\", \"h.v\", \"h/v\", or null for none.", nameof(SlideNumber));
    } = DefaultSlideNumber;

    /// <summary>
    /// A stylesheet the page links after its own styles and after the talk's <c>.Stylesheet(...)</c> (so its
    /// rules win), absolute or relative to the page, e.g. <c>talk.css</c>. Default: null, none.
    /// <see cref="Output.TalkOutputOptions.Stylesheet"/> copies a file beside the pages and sets this.
    /// </summary>
    public string? Stylesheet { get; init; }
}
