using TalkDsl.Model;
using TalkDsl.Rendering.Markdown;

namespace TalkDsl.Rendering.Html;

/// <summary>
/// Images, players, figures and columns as slides and notes both show them, in the shape of lamd's HTML
/// macros (<c>div.centered</c>, <c>div.figure</c> with <c>div.figure-frame</c>, flex columns). Widths are
/// CSS lengths checked by the model, so they are safe inside <c>style</c>; every other value is escaped.
/// </summary>
internal static class MediaHtml
{
    /// <summary>Writes <paramref name="media"/>; the links its Markdown cites go to <paramref name="links"/>.</summary>
    public static void Write(TextWriter output, Media media, CitedLinkSet links)
    {
        switch (media)
        {
            case ImageMedia image:
                output.Line($"<div class=\"centered\">{Image(image, inline: false)}</div>");
                break;
            case MediaGroup group:
                // Images next to each other sit side by side in one centred row, as lamd's inline <object>s of a figure do.
                for (var i = 0; i < group.Items.Count; i++)
                {
                    var end = i;
                    while (end < group.Items.Count && group.Items[end] is ImageMedia)
                    {
                        end++;
                    }

                    if (end - i > 1)
                    {
                        output.Line($"<div class=\"centered\" style=\"text-align:center\">{string.Concat(group.Items.Skip(i).Take(end - i).Cast<ImageMedia>().Select(image => Image(image, inline: true)))}</div>");
                        i = end - 1;
                    }
                    else
                    {
                        Write(output, group.Items[i], links);
                    }
                }

                break;
            case DivMedia div:
                // lamd's \div{content}{class}{style} and \alignright{} (a div with text-align); class and style checked by the model.
                var styles = new[] { div.Alignment is { } align ? "text-align:" + align.ToString().ToLowerInvariant() : null, div.Style }.OfType<string>().ToList();
                var divClass = div.CssClass is null ? string.Empty : $" class=\"{HtmlText.Escape(div.CssClass)}\"";
                var divStyle = styles.Count == 0 ? string.Empty : $" style=\"{HtmlText.Escape(string.Join("; ", styles))}\"";
                output.Line($"<div{divClass}{divStyle}>");
                Write(output, div.Content, links);
                output.Line("</div>");
                break;
            case YouTubeMedia video:
                output.Line(
                    $"<div class=\"centered\"><iframe class=\"youtube\" src=\"{HtmlText.Escape(video.EmbedUrl)}\" title=\"{HtmlText.Escape(video.Title ?? "YouTube video " + video.VideoId)}\" " +
                    $"style=\"width:{HtmlText.Escape(video.Width ?? YouTubeMedia.DefaultWidth)}; aspect-ratio:16 / 9; height:auto; border:0; display:block; margin:0 auto\" " +
                    "allow=\"autoplay; encrypted-media; picture-in-picture; fullscreen\" allowfullscreen></iframe></div>");
                break;
            case MarkdownMedia markdown:
                WriteMarkdown(output, markdown.Markdown, markdown.AllowHtml, links);
                break;
            default:
                throw new ArgumentException($"No HTML for {media.GetType().Name}.", nameof(media));
        }
    }

    /// <summary>
    /// An <c>img</c>: its own line, centred, or one of a row (<paramref name="inline"/>). Its class and style are
    /// checked by the model (<c>ValueChecks.CssClass</c>, <c>ValueChecks.Style</c>): they cannot load or run anything.
    /// </summary>
    private static string Image(ImageMedia image, bool inline)
    {
        var width = image.Width is null ? string.Empty : $"width:{HtmlText.Escape(image.Width)}; ";
        // An address a page may not load keeps the image's alt text and no src (Validate() reports it as TALK021).
        var source = Rules.SafeUrl.IsSafe(image.Path, image: true) ? $"src=\"{HtmlText.Escape(image.Path)}\" " : string.Empty;
        var imageClass = image.CssClass is null ? string.Empty : $"class=\"{HtmlText.Escape(image.CssClass)}\" ";
        var imageStyle = image.Style is null ? string.Empty : "; " + HtmlText.Escape(image.Style);
        var display = inline ? "display:inline-block; vertical-align:middle; margin:0 0.25em" : "display:block; margin:0 auto";
        return $"<img {imageClass}{source}alt=\"{HtmlText.Escape(image.Alt)}\" style=\"{width}max-width:100%; height:auto; {display}{imageStyle}\">";
    }

    /// <summary>Renders Markdown and collects the links it cites; <paramref name="headingId"/>, when given, gives its headings ids.</summary>
    public static void WriteMarkdown(TextWriter output, string markdown, bool allowHtml, CitedLinkSet links, Func<string, string>? headingId = null)
    {
        output.Write(links.Render(markdown, allowHtml, headingId).Html);
    }

    /// <summary>Opens lamd's figure: <c>div.figure</c> and its frame, holding the media. The caller adds a caption, then <see cref="CloseFigure"/>.</summary>
    public static void WriteFigureFrame(TextWriter output, Media media, string? label, CitedLinkSet links)
    {
        output.Line("<div class=\"figure\">");
        output.Line($"<div class=\"figure-frame\"{TalkHtml.IdAttribute(Id(label, "figure"))}>");
        Write(output, media, links);
        output.Line("</div>");
    }

    /// <summary>The notes' caption below a figure: "Figure: " and the Markdown caption, as lamd's notes show it.</summary>
    public static void WriteCaption(TextWriter output, string caption, string? label, CitedLinkSet links)
    {
        output.Line($"<div class=\"caption-frame\"{TalkHtml.IdAttribute(Id(label, "caption"))}>");
        WriteMarkdown(output, "Figure: " + caption, allowHtml: false, links);
        output.Line("</div>");
    }

    public static void CloseFigure(TextWriter output) => output.Line("</div>");

    /// <summary>Two columns side by side (a flex row), each as wide as given.</summary>
    public static void WriteColumns(TextWriter output, Media left, Media right, string leftWidth, string rightWidth, CitedLinkSet links)
    {
        output.Line("<div class=\"columns\" style=\"display:flex; justify-content:center; align-items:center; gap:1em\">");
        WriteColumn(output, left, leftWidth, links);
        WriteColumn(output, right, rightWidth, links);
        output.Line("</div>");
    }

    private static void WriteColumn(TextWriter output, Media media, string width, CitedLinkSet links)
    {
        output.Line($"<div class=\"column\" style=\"flex:0 1 {HtmlText.Escape(width)}; max-width:{HtmlText.Escape(width)}\">");
        Write(output, media, links);
        output.Line("</div>");
    }

    /// <summary>lamd's ids: <c>{label}-figure</c>, <c>{label}-caption</c>; none without a label.</summary>
    private static string? Id(string? label, string suffix) => label is null ? null : label + "-" + suffix;
}
