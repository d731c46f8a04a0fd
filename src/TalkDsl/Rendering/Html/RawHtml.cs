using AngleSharp.Dom;
using Ganss.Xss;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Html;

/// <summary>
/// Cleans the raw HTML a block opted into (<c>allowHtml: true</c>) to an allow-list before it reaches a page,
/// with mganss' HtmlSanitizer. What lamd's HTML macros and snippets write stays: layout <c>div</c>/<c>span</c>
/// with <c>class</c>, <c>style</c> and ARIA attributes, tables, images, <c>&lt;style&gt;</c> sheets, videos,
/// <c>object</c>/<c>embed</c> of SVG and PDF files, the SVG of a clipped image, form controls for show, and
/// <c>iframe</c>s of a page beside the talk (a relative path) or of the video and book hosts in
/// <see cref="EmbedHosts"/>. Scripts, event handlers, <c>srcdoc</c>, <c>data-*</c> attributes (reveal.js loads
/// some of them), forms, <c>meta</c>, <c>base</c>, <c>link</c>, <c>noscript</c>, CSS <c>expression(</c> and
/// <c>url(javascript:</c> go, and every address goes through <see cref="SafeUrl"/>, the one allow-list of the
/// writers. <see cref="Talk.Validate()"/> reports what was removed (TALK025).
/// </summary>
internal static class RawHtml
{
    /// <summary>The hosts an <c>iframe</c> may show over https (lamd's <c>\includeyoutube</c>, <c>\includevimeo</c>, <c>\includegooglebook</c>, <c>\includeredditvideo</c>).</summary>
    public static readonly IReadOnlySet<string> EmbedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "www.youtube.com",
        "www.youtube-nocookie.com",
        "youtube.com",
        "player.vimeo.com",
        "books.google.com",
        "books.google.co.uk",
        "www.redditmedia.com",
    };

    // Tags with no use in a talk that can load or run something: removed even where the defaults allow them.
    private static readonly string[] RemovedTags = ["form", "frame", "frameset", "meta", "base", "link", "noscript"];

    private static readonly string[] AddedTags =
    [
        "iframe", "style", "figure", "figcaption", "canvas", "output", "video", "audio", "source", "track", "object", "embed", "aside",
        // The SVG of lamd's \includeimgclip and inline diagrams: shapes and images, no script, animation, <use> or foreignObject.
        "svg", "g", "defs", "clippath", "rect", "circle", "ellipse", "line", "path", "polyline", "polygon", "text", "tspan", "image", "title", "desc",
    ];

    private static readonly string[] AddedAttributes =
    [
        "class", "id", "style", "role", "aria-label", "aria-hidden", "aria-describedby", "aria-labelledby", "aria-valuemin", "aria-valuemax", "aria-valuenow",
        "allow", "allowfullscreen", "allowtransparency", "frameborder", "scrolling", "sandbox", "loading", "referrerpolicy",
        "controls", "preload", "autoplay", "muted", "loop", "playsinline", "data", "type", "min", "max",
        "viewbox", "preserveaspectratio", "xmlns", "xmlns:xlink", "xlink:href", "href", "clip-path", "x", "y", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2", "d", "points",
        "fill", "stroke", "stroke-width", "transform", "opacity",
    ];

    // Attributes that carry an address though the defaults treat them as plain values, or that no talk needs.
    private static readonly string[] RemovedAttributes = ["action", "formaction", "background", "dynsrc", "lowsrc", "codebase", "longdesc", "manifest", "icon", "ping", "archive", "usemap", "srcdoc", "target"];

    /// <summary>The HTML with everything outside the allow-list removed; each removal described in <paramref name="removed"/>.</summary>
    public static string Clean(string html, ICollection<string>? removed = null)
    {
        var sanitizer = Create(removed);
        return sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer Create(ICollection<string>? removed)
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = false, AllowDataAttributes = false };
        foreach (var tag in RemovedTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var tag in AddedTags)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        foreach (var attribute in RemovedAttributes)
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        foreach (var attribute in AddedAttributes)
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        foreach (var attribute in new[] { "data", "xlink:href", "poster" })
        {
            sanitizer.UriAttributes.Add(attribute);
        }

        // The schemes SafeUrl may accept; FilterUrl then applies SafeUrl itself (data: only for an image's src).
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "data" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null)
            {
                return;
            }

            // An <img> or <source> loads its addresses as images (src, srcset): data:image/ may stay there only.
            var image = e.Tag.LocalName is "img" or "source" or "image" or "video";
            if (!SafeUrl.IsSafe(e.OriginalUrl, image) || (e.Tag.LocalName == "iframe" && !IsEmbed(e.OriginalUrl)))
            {
                e.SanitizedUrl = null;
            }
        };

        // An iframe shows only a page beside the talk or an allowed embed: without one (no src, srcdoc only, another host) it goes.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "iframe" } frame && !IsEmbed(frame.GetAttribute("src")))
            {
                removed?.Add("an <iframe> that shows neither a page beside the talk nor an https page of " + string.Join(", ", EmbedHosts.Order(StringComparer.Ordinal)));
                frame.Remove();
            }
        };

        if (removed is not null)
        {
            sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
            sanitizer.RemovingAttribute += (_, e) => removed.Add($"the {e.Attribute.Name}=\"{Shown(e.Attribute.Value)}\" of <{e.Tag.LocalName}>");
            sanitizer.RemovingStyle += (_, e) => removed.Add($"the style {e.Style.Name}: {Shown(e.Style.Value)} of <{e.Tag.LocalName}>");
            sanitizer.RemovingAtRule += (_, e) => removed.Add($"the CSS rule {Shown(e.Rule.CssText)}");
        }

        return sanitizer;
    }

    /// <summary>A relative path (a page beside the talk, e.g. lamd's <c>\includehtml</c>) or an https page of an <see cref="EmbedHosts"/> host.</summary>
    private static bool IsEmbed(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || !SafeUrl.IsSafe(address))
        {
            return false;
        }

        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && !address.StartsWith('/'))
        {
            return uri.Scheme == Uri.UriSchemeHttps && EmbedHosts.Contains(uri.Host);
        }

        return !address.StartsWith("//", StringComparison.Ordinal) && !address.Contains(':', StringComparison.Ordinal);
    }

    private static string Shown(string value)
    {
        var oneLine = new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length <= 60 ? oneLine : oneLine[..60] + "…";
    }
}
