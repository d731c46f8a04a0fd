using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TalkDsl.Tests.Security;

/// <summary>
/// Asserts that rendered HTML, parsed as a browser with script on parses it (AngleSharp), can neither run nor
/// load script: no event handler, no URL attribute (<c>data-*</c> too: reveal.js loads some) holding a
/// <c>javascript:</c>, <c>vbscript:</c> or <c>data:text/html</c> address, no link outside the allow-list, no
/// script but the page's own, no iframe but a YouTube player, no <c>srcdoc</c>, <c>base</c>, <c>meta</c>
/// refresh, form or link, and no CSS <c>expression(</c>, <c>javascript:</c> or <c>@import</c>.
/// </summary>
internal static class InertHtml
{
    private static readonly HtmlParser Browser = new(new HtmlParserOptions { IsScripting = true });

    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background"];

    private static readonly string[] ForbiddenElements = ["base", "form", "frame", "frameset", "link", "noscript"];

    /// <param name="pageScripts">Whether the page may carry its own scripts (reveal.js, MathJax); a notebook cell may carry none.</param>
    /// <returns>How many URL attributes were inspected.</returns>
    public static int Assert(string html, string format, string what, bool pageScripts)
    {
        var inspected = 0;
        if (format == "post")
        {
            // The front matter is YAML data for the layout, not HTML (its values stay exactly as given, see
            // JekyllFrontMatterTests); the body after it is the HTML Jekyll puts in the page.
            html = html[(html.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            Xunit.Assert.StartsWith("{% raw %}\n", html, StringComparison.Ordinal);
            Xunit.Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
            Xunit.Assert.Equal(2, Occurrences(html, "{%")); // its own {% raw %} and {% endraw %}, nothing else
        }

        var page = Browser.ParseDocument(html);
        foreach (var element in page.All)
        {
            var where = $"{format}: {what}: <{element.LocalName}";
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where} {attribute.Name}>");
                Xunit.Assert.False(attribute.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase), $"{where} srcdoc>");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) || attribute.Name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
                {
                    inspected++;
                    var value = attribute.Value;
                    Xunit.Assert.False(XssVectors.RunsScript(value) || XssVectors.RunsScript(value.Split(' ')[0])
                        || (element.LocalName == "a" && attribute.Name == "href" && !TalkDsl.Rules.SafeUrl.IsSafe(attribute.Value)),
                        $"{where} {attribute.Name}=\"{attribute.Value}\">");
                }

                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    AssertInertCss(attribute.Value, $"{where} style>");
                }
            }

            if (element.LocalName is "script")
            {
                Xunit.Assert.True(pageScripts && (element.HasAttribute("src") || element.TextContent.Contains("Reveal.initialize", StringComparison.Ordinal) || element.TextContent.Contains("MathJax", StringComparison.Ordinal)),
                    $"{where}>: a script the page does not write itself");
            }

            if (element.LocalName is "style")
            {
                AssertInertCss(element.TextContent, $"{where}>");
            }

            // The page's own stylesheets are <link>s in its head; none may come from content.
            Xunit.Assert.False(ForbiddenElements.Contains(element.LocalName) && !(element.LocalName == "link" && element.ParentElement?.LocalName == "head"), $"{where}>");
            Xunit.Assert.False(element.LocalName == "meta" && element.HasAttribute("http-equiv"), $"{where} http-equiv>");
            Xunit.Assert.False(element.LocalName is "iframe" && !(element.GetAttribute("src") ?? "").StartsWith("https://www.youtube", StringComparison.Ordinal), $"{where}>: an iframe");
        }

        return inspected;
    }

    private static void AssertInertCss(string css, string where)
    {
        var squeezed = new string([.. css.Where(c => !char.IsWhiteSpace(c))]).ToLowerInvariant();
        Xunit.Assert.False(squeezed.Contains("expression(", StringComparison.Ordinal) || squeezed.Contains("javascript:", StringComparison.Ordinal) || squeezed.Contains("@import", StringComparison.Ordinal),
            $"{where}: {css}");
    }

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
