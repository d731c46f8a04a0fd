using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// pandoc's pause: a paragraph of three dots separated by spaces (<c>. . .</c>) on its own, outside lists and
/// quotes. On reveal.js slides what follows it appears at the next key press (pandoc wraps it in a fragment
/// up to the next pause or the end of the slide); a slideshow notebook starts a fragment cell there. Every
/// other output leaves it out (the issue: it showed as text).
/// </summary>
internal static partial class PandocPauses
{
    /// <summary>Whether <paramref name="block"/> is a pause: a top-level paragraph whose text, in <paramref name="source"/>, is <c>. . .</c>.</summary>
    public static bool IsPause(Block block, string source) =>
        block is ParagraphBlock { Parent: MarkdownDocument } paragraph
        && paragraph.Span.Start >= 0 && paragraph.Span.End < source.Length
        && PauseText().IsMatch(source.AsSpan(paragraph.Span.Start, paragraph.Span.Length));

    /// <summary>Takes the pauses out of <paramref name="document"/>, parsed from <paramref name="source"/>, so that no output shows them as text.</summary>
    public static void Remove(MarkdownDocument document, string source)
    {
        if (!MayHold(source))
        {
            return;
        }

        foreach (var pause in document.Where(block => IsPause(block, source)).ToList())
        {
            document.Remove(pause);
        }
    }

    /// <summary>
    /// The Markdown between the pauses, in order: one part when there is no pause; the first part is what
    /// shows before the first pause (empty when the Markdown starts with one).
    /// </summary>
    public static IReadOnlyList<string> Split(string markdown, bool allowHtml)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!MayHold(markdown))
        {
            return [markdown];
        }

        if (MarkdownRenderer.ParseWithPauses(markdown, allowHtml) is not { } document)
        {
            return [markdown];
        }

        var parts = new List<string>();
        var start = 0;
        foreach (var pause in document.Where(block => IsPause(block, markdown)))
        {
            parts.Add(markdown[start..pause.Span.Start].TrimStart('\r', '\n').TrimEnd());
            start = pause.Span.End + 1;
        }

        parts.Add(markdown[start..].TrimStart('\r', '\n'));
        return parts;
    }

    private static bool MayHold(string markdown) => markdown.Contains(". . .", StringComparison.Ordinal);

    [GeneratedRegex(@"^[ ]{0,3}\.[ ]\.[ ]\.[ \t]*$")]
    private static partial Regex PauseText();
}
