using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Notebook;

/// <summary>
/// A notebook keeps Markdown as written, and Jupyter renders it with raw HTML on. So before a cell is written,
/// what the HTML writers make inert is made inert in the source: a link or image <see cref="SafeUrl"/> refuses
/// becomes its text (a refused reference definition goes, as cells join blocks that could use it); raw HTML is
/// escaped to text unless the block allows HTML, and then cleaned as the pages clean it (<see cref="RawHtml"/>).
/// </summary>
internal static partial class NotebookMarkdown
{
    public static string Inert(string markdown, bool allowHtml)
    {
        // A replacement can make a construct that was not there (text escaped out of a tag can close an
        // autolink): read again until nothing changes; past a few rounds, all of it as text.
        for (var round = 0; round < 4; round++)
        {
            var next = InertOnce(markdown, allowHtml);
            if (next == markdown)
            {
                return markdown;
            }

            markdown = next;
        }

        return NotebookWriter.MarkdownEscape(markdown);
    }

    private static string InertOnce(string markdown, bool allowHtml)
    {
        if (markdown.IndexOf('<', StringComparison.Ordinal) < 0 && markdown.IndexOf(':', StringComparison.Ordinal) < 0 && markdown.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return markdown; // no HTML and no address with a scheme: nothing to do
        }

        MarkdownDocument document;
        try
        {
            // Parsed with HTML on whatever the block says: that is how Jupyter reads the cell.
            document = MarkdownRenderer.Parse(markdown, allowHtml: true);
        }
        catch (ArgumentException)
        {
            return NotebookWriter.MarkdownEscape(markdown); // nested deeper than Markdig reads: all of it as text
        }

        var replacements = new List<(int Start, int End, string Text)>();
        foreach (var node in document.Descendants())
        {
            var replacement = node switch
            {
                LinkInline link when !SafeUrl.IsSafe(link.Url, link.IsImage) => NotebookWriter.MarkdownEscape(InlineText.Of(link, InlineText.AsShown)),
                AutolinkInline autolink when !SafeUrl.IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url) => NotebookWriter.MarkdownEscape(autolink.Url),
                LinkReferenceDefinition definition when !SafeUrl.IsSafe(definition.Url) => string.Empty,
                HtmlInline html => allowHtml ? CleanTag(html.Tag) : EscapeHtml(html.Tag),
                HtmlBlock block => allowHtml ? RawHtml.Clean(Source(markdown, block)) : EscapeHtml(Source(markdown, block)),
                _ => null,
            };
            if (replacement is not null && node.Span.Start >= 0 && node.Span.End < markdown.Length)
            {
                replacements.Add((node.Span.Start, node.Span.End + 1, replacement));
            }
        }

        if (replacements.Count == 0)
        {
            return markdown;
        }

        // Outer first; what lies inside a replaced span went with it.
        var result = new StringBuilder(markdown.Length);
        var at = 0;
        foreach (var (start, end, text) in replacements.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (start < at)
            {
                continue;
            }

            result.Append(markdown, at, start - at).Append(text);
            at = end;
        }

        return result.Append(markdown, at, markdown.Length - at).ToString();
    }

    private static string Source(string markdown, Block block) => markdown.Substring(block.Span.Start, block.Span.Length);

    /// <summary>Raw HTML as text: a backslash-escaped <c>&lt;</c> opens neither a tag nor an autolink.</summary>
    private static string EscapeHtml(string html) => html.Replace("<", "\\<", StringComparison.Ordinal);

    /// <summary>One tag of inline HTML cleaned on its own: a start tag keeps what the allow-list keeps; an end tag stays; a comment goes.</summary>
    private static string CleanTag(string tag)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal) && EndTag().Match(tag) is { Success: true, Index: 0 } whole && whole.Length == tag.Length)
        {
            return tag;
        }

        if (!tag.StartsWith('<') || !char.IsAsciiLetter(tag.Length > 1 ? tag[1] : ' '))
        {
            return string.Empty; // a comment, declaration or processing instruction
        }

        var cleaned = RawHtml.Clean(tag);
        var end = EndTag().Match(cleaned);
        return end.Success && end.Index + end.Length == cleaned.Length ? cleaned[..end.Index] : cleaned;
    }

    [GeneratedRegex(@"</[A-Za-z][A-Za-z0-9-]*\s*>")]
    private static partial Regex EndTag();
}
