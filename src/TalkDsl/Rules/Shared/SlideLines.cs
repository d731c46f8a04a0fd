using System;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). How many lines Markdown takes on a slide, for TALK008: the rules
// read the chain without a browser, so a paragraph is counted as the lines it wraps to at a measured width.

internal static class SlideLines
{
    /// <summary>
    /// A quote's line as a share of a paragraph's: reveal.js's themes make a blockquote 70 % as wide as the
    /// slide, in italics. Measured beside <see cref="RuleSettings.SlideLineChars"/> (SlideLineWidthTests): 34.2
    /// characters a line in a quote against 47.2 in a paragraph, 72 %.
    /// </summary>
    public const double QuoteWidth = 0.72;

    /// <summary>
    /// The lines <paramref name="markdown"/> takes on a slide: a paragraph or list item as the lines its text wraps to
    /// at <paramref name="lineChars"/> characters (a quote's at <see cref="QuoteWidth"/> of that; a hard line break
    /// starts a line), and a heading, a table row or a line of code as one line each. A pause (<c>. . .</c>) shows
    /// nothing, and a footnote's definition (<c>[^x]: note</c>, up to the next blank line) is not on this slide: the
    /// writers move it to a slide of footnotes at the end.
    /// </summary>
    public static int Count(string markdown, int lineChars)
    {
        var width = Math.Max(1, lineChars);
        var count = 0;
        var characters = -1; // the paragraph being read: its visible characters so far; -1 when none is open
        var paragraphWidth = (double)width;
        string? fence = null;
        var inFootnote = false;

        void Close()
        {
            if (characters >= 0)
            {
                count += Math.Max(1, (int)Math.Ceiling(characters / paragraphWidth));
                characters = -1;
            }
        }

        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            if (fence is not null)
            {
                if (line.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                else
                {
                    count++;
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                Close();
                fence = line.Substring(0, 3);
                continue;
            }

            if (inFootnote && line.Length > 0)
            {
                continue;
            }

            inFootnote = false;
            if (IsFootnoteDefinition(raw))
            {
                Close();
                inFootnote = true;
                continue;
            }

            if (characters < 0 && IsPause(raw) && (i + 1 == lines.Length || lines[i + 1].Trim().Length == 0))
            {
                continue; // a paragraph of its own; inside one, the dots are text
            }

            var quoted = false;
            while (line.StartsWith(">", StringComparison.Ordinal))
            {
                line = line.Substring(1).TrimStart();
                quoted = true;
            }

            if (line.Length == 0)
            {
                Close();
                continue;
            }

            var lineWidth = quoted ? width * QuoteWidth : width;
            if (line[0] == '#' || line[0] == '|')
            {
                Close();
                count += IsTableRule(line) ? 0 : 1; // a table's |---|---| line is not shown
                continue;
            }

            var item = ListItemText(line);
            if (item is not null || lineWidth != paragraphWidth)
            {
                Close();
            }

            var text = item ?? line;
            characters = characters < 0 ? VisibleLength(text) : characters + 1 + VisibleLength(text);
            paragraphWidth = lineWidth;
            if (raw.EndsWith("  ", StringComparison.Ordinal) || raw.EndsWith("\\", StringComparison.Ordinal))
            {
                Close();
            }
        }

        Close();
        return count;
    }

    /// <summary>Whether a line starts a footnote's definition: up to three spaces, <c>[^label]:</c>.</summary>
    private static bool IsFootnoteDefinition(string raw)
    {
        var line = raw.TrimStart(' ');
        if (raw.Length - line.Length > 3 || !line.StartsWith("[^", StringComparison.Ordinal))
        {
            return false;
        }

        var close = line.IndexOf(']');
        return close > 2 && close + 1 < line.Length && line[close + 1] == ':' && line.IndexOfAny([' ', '\t'], 2, close - 2) < 0;
    }

    /// <summary>Whether a line reads as pandoc's pause: up to three spaces, then <c>. . .</c>.</summary>
    private static bool IsPause(string raw)
    {
        var line = raw.TrimStart(' ');
        return raw.Length - line.Length <= 3 && line.TrimEnd(' ', '\t', '\r') == ". . .";
    }

    private static bool IsTableRule(string line)
    {
        foreach (var c in line)
        {
            if (c != '|' && c != '-' && c != ':' && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of a list item's first line (<c>*</c>, <c>-</c>, <c>+</c>, <c>1.</c>, <c>1)</c>), or null when the line starts none.</summary>
    private static string? ListItemText(string line)
    {
        if (line.Length >= 2 && (line[0] == '*' || line[0] == '-' || line[0] == '+') && (line[1] == ' ' || line[1] == '\t'))
        {
            return line.Substring(2).TrimStart();
        }

        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && (line[digits] == '.' || line[digits] == ')') && (line[digits + 1] == ' ' || line[digits + 1] == '\t')
            ? line.Substring(digits + 2).TrimStart()
            : null;
    }

    /// <summary>The characters a reader sees: a link as its text, without emphasis marks, code ticks or HTML tags.</summary>
    private static int VisibleLength(string text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' || c == '`' || c == '\\')
            {
                continue;
            }

            if (c == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '/') && text.IndexOf('>', i) is var close && close > i)
            {
                i = close;
                continue;
            }

            if (c == ']' && i + 1 < text.Length && text[i + 1] == '(' && text.IndexOf(')', i) is var end && end > i)
            {
                i = end; // the link's text is counted; its address is not shown
                continue;
            }

            if (c == '[' || (c == '!' && i + 1 < text.Length && text[i + 1] == '['))
            {
                continue;
            }

            length++;
        }

        return length;
    }
}
