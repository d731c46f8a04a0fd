using TalkDsl.Model;

namespace TalkDsl;

/// <summary>
/// What a figure, a column or a media call shows: an image (<see cref="Image"/>), an embedded YouTube
/// player (<see cref="YouTube"/>), Markdown (<see cref="Markdown"/>), or content made of these: several one
/// after another (<see cref="Group"/>), or in a block with an alignment, a class or a style
/// (<see cref="Align"/>, <see cref="Div"/>). Immutable, with value equality.
/// </summary>
public abstract record Media
{
    private protected Media()
    {
    }

    /// <summary>An image, centred (lamd <c>\includepng</c>, <c>\includejpg</c>, <c>\includegif</c>, <c>\includeimg</c>, <c>\includediagram</c>).</summary>
    /// <param name="path">The file, relative to the rendered page (e.g. <c>"diagrams/ml/gp-prior.png"</c>), or a URL.</param>
    /// <param name="width">A CSS width such as <c>"70%"</c> or <c>"400px"</c>; null for the image's own size (at most the page's width).</param>
    /// <param name="alt">What the image shows, for readers who cannot see it; plain text, not Markdown.</param>
    /// <param name="cssClass">CSS class names for the image in the HTML pages (lamd's <c>{class}</c>), e.g. <c>"negate"</c>; null for none.</param>
    /// <param name="style">An inline style for the image in the HTML pages (lamd's <c>{style}</c>), e.g. <c>"border:none"</c>; null for none. Only a safe style passes (no <c>url(…)</c>, no quotes).</param>
    /// <exception cref="ArgumentException">The path is blank, the width is not a CSS length, or the class or style is refused.</exception>
    public static ImageMedia Image(string path, string? width = null, string? alt = null, string? cssClass = null, string? style = null) => new(path, width, alt, cssClass, style);

    /// <summary>An embedded YouTube player (lamd <c>\includeyoutube{id}</c>).</summary>
    /// <param name="videoId">The 11-character id after <c>watch?v=</c> in the video's URL.</param>
    /// <param name="width">A CSS width such as <c>"80%"</c> or <c>"640px"</c>; null for <see cref="YouTubeMedia.DefaultWidth"/>. The height follows at 16:9.</param>
    /// <param name="title">What the video shows, for readers who cannot watch it (the player's <c>title</c>); plain text, not Markdown.</param>
    /// <exception cref="ArgumentException">The id is not a YouTube video id or the width is not a CSS length.</exception>
    public static YouTubeMedia YouTube(string videoId, string? width = null, string? title = null) => new(videoId, width, title);

    /// <summary>Markdown, for what is not a single media file: several images, a table, text. Common indentation is removed.</summary>
    /// <param name="markdown">CommonMark with pipe tables and <c>$…$</c> math.</param>
    /// <param name="allowHtml">Pass raw HTML through; off by default, so HTML shows as text.</param>
    public static MarkdownMedia Markdown(string markdown, bool allowHtml = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new(Rules.MarkdownText.Normalize(markdown), allowHtml);
    }

    /// <summary>Several media, one after another (lamd: a figure or a column holding several images, or images and text).</summary>
    /// <param name="items">The media, in order; at least one.</param>
    /// <exception cref="ArgumentException">No media is given.</exception>
    public static MediaGroup Group(params Media[] items) => new(items);

    /// <summary>Content lined up left, centred or right (lamd <c>\alignleft{}</c>, <c>\aligncenter{}</c>, <c>\alignright{}</c>, <c>\centerdiv{}</c>).</summary>
    /// <param name="alignment">How the content lines up.</param>
    /// <param name="content">What is aligned.</param>
    public static DivMedia Align(Alignment alignment, Media content) => new(content, alignment: alignment);

    /// <summary>Content in a block with CSS classes and an inline style in the HTML pages (lamd <c>\div{content}{class}{style}</c>); the other formats show the content.</summary>
    /// <param name="content">What the block holds.</param>
    /// <param name="cssClass">CSS class names, e.g. <c>"centered"</c>; null for none.</param>
    /// <param name="style">An inline style, e.g. <c>"font-size:80%"</c>; null for none. Only a safe style passes (no <c>url(…)</c>, no quotes).</param>
    /// <exception cref="ArgumentException">The class or the style is refused.</exception>
    public static DivMedia Div(Media content, string? cssClass = null, string? style = null) => new(content, cssClass, style);
}

/// <summary>A centred image. See <see cref="Media.Image"/>.</summary>
public sealed record ImageMedia : Media
{
    /// <inheritdoc cref="Media.Image" path="/param"/>
    /// <inheritdoc cref="Media.Image" path="/exception"/>
    public ImageMedia(string path, string? width = null, string? alt = null, string? cssClass = null, string? style = null)
    {
        Path = ModelChecks.Path(path, nameof(path));
        Width = ModelChecks.OptionalWidth(width, nameof(width));
        Alt = string.IsNullOrWhiteSpace(alt) ? null : alt.Trim();
        CssClass = ModelChecks.CssClass(cssClass, nameof(cssClass));
        Style = ModelChecks.Style(style, nameof(style));
    }

    /// <summary>The file or URL, trimmed.</summary>
    public string Path { get; }

    /// <summary>The CSS width, or null for the image's own size.</summary>
    public string? Width { get; }

    /// <summary>The alternative text, or null (an empty <c>alt</c>: a decorative image).</summary>
    public string? Alt { get; }

    /// <summary>The CSS class names, trimmed, or null.</summary>
    public string? CssClass { get; }

    /// <summary>The inline style, trimmed, or null.</summary>
    public string? Style { get; }
}

/// <summary>An embedded YouTube player. See <see cref="Media.YouTube"/>.</summary>
public sealed record YouTubeMedia : Media
{
    /// <summary>The width when none is given: wide enough to watch, with room for the slide's title.</summary>
    public const string DefaultWidth = "80%";

    /// <inheritdoc cref="Media.YouTube" path="/param"/>
    /// <inheritdoc cref="Media.YouTube" path="/exception"/>
    public YouTubeMedia(string videoId, string? width = null, string? title = null)
    {
        VideoId = ModelChecks.YouTubeId(videoId, nameof(videoId));
        Width = ModelChecks.OptionalWidth(width, nameof(width));
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>The 11-character video id.</summary>
    public string VideoId { get; }

    /// <summary>The CSS width, or null for <see cref="DefaultWidth"/>.</summary>
    public string? Width { get; }

    /// <summary>The text alternative (the player's <c>title</c>), or null: the player is then titled "YouTube video {VideoId}" and TALK020 reports it.</summary>
    public string? Title { get; }

    /// <summary>The player's address: <c>https://www.youtube.com/embed/{VideoId}</c>.</summary>
    public string EmbedUrl => "https://www.youtube.com/embed/" + VideoId;
}

/// <summary>Markdown as media. See <see cref="Media.Markdown"/>.</summary>
/// <param name="Markdown">The Markdown, as given (<see cref="Media.Markdown"/> removes common indentation).</param>
/// <param name="AllowHtml">Whether raw HTML passes through.</param>
public sealed record MarkdownMedia(string Markdown, bool AllowHtml = false) : Media
{
    /// <summary>The Markdown. (It hides the inherited factory <see cref="Media.Markdown"/>, which makes one.)</summary>
    public new string Markdown { get; } = Markdown ?? throw new ArgumentNullException(nameof(Markdown));
}

/// <summary>Several media, one after another. See <see cref="Media.Group"/>.</summary>
public sealed record MediaGroup : Media
{
    /// <inheritdoc cref="Media.Group" path="/param"/>
    /// <inheritdoc cref="Media.Group" path="/exception"/>
    public MediaGroup(IEnumerable<Media> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = new(items.Select(item => item ?? throw new ArgumentException("A media group holds no null media.", nameof(items))));
        if (Items.Count == 0)
        {
            throw new ArgumentException(Rules.ValueChecks.EmptyMediaGroup, nameof(items));
        }
    }

    /// <summary>The media, in order.</summary>
    public ValueList<Media> Items { get; }
}

/// <summary>Content in a block with an alignment, CSS classes or an inline style. See <see cref="Media.Align"/> and <see cref="Media.Div"/>.</summary>
public sealed record DivMedia : Media
{
    /// <param name="content">What the block holds.</param>
    /// <param name="cssClass">CSS class names, or null.</param>
    /// <param name="style">An inline style, or null.</param>
    /// <param name="alignment">How the content lines up, or null to leave it as it is.</param>
    /// <exception cref="ArgumentException">The class or the style is refused.</exception>
    public DivMedia(Media content, string? cssClass = null, string? style = null, Alignment? alignment = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        CssClass = ModelChecks.CssClass(cssClass, nameof(cssClass));
        Style = ModelChecks.Style(style, nameof(style));
        Alignment = alignment is null || Enum.IsDefined(alignment.Value) ? alignment : throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Not an Alignment value.");
    }

    /// <summary>What the block holds.</summary>
    public Media Content { get; }

    /// <summary>The CSS class names, trimmed, or null.</summary>
    public string? CssClass { get; }

    /// <summary>The inline style, trimmed, or null.</summary>
    public string? Style { get; }

    /// <summary>How the content lines up, or null.</summary>
    public Alignment? Alignment { get; }
}
