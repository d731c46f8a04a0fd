using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). Line-level facts about Markdown content that both compile time
// and run time need, without a Markdown parser (the generator must not depend on Markdig).

internal static class MarkdownText
{
    /// <summary>
    /// Normalises content the way a raw string literal already is: line endings to '\n', blank lines
    /// at either end dropped, and the indentation common to every non-blank line removed. Trailing
    /// white space is removed too, except that two or more trailing spaces become exactly two: in
    /// Markdown they are a hard line break. Idempotent, so raw strings pass through unchanged.
    /// </summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var first = 0;
        while (first < lines.Length && IsBlank(lines[first]))
        {
            first++;
        }

        var last = lines.Length - 1;
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        if (first > last)
        {
            return string.Empty;
        }

        string? common = null;
        for (var i = first; i <= last; i++)
        {
            if (IsBlank(lines[i]))
            {
                continue;
            }

            var indent = LeadingWhiteSpace(lines[i]);
            common = common is null ? indent : CommonPrefix(common, indent);
        }

        var builder = new StringBuilder(text.Length);
        for (var i = first; i <= last; i++)
        {
            if (!IsBlank(lines[i]))
            {
                var line = lines[i].Substring(common!.Length);
                var content = line.TrimEnd();
                builder.Append(content);
                if (i < last && EndsWithHardBreak(line))
                {
                    builder.Append("  ");
                }
            }

            if (i < last)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where the character at <paramref name="offset"/> of <c>Normalize(raw)</c> is in <paramref name="raw"/>: the same
    /// line (blank lines at the start dropped), shifted by the indentation Normalize removed.
    /// </summary>
    public static int RawOffset(string raw, int offset)
    {
        var lines = raw.Split('\n');
        var starts = new int[lines.Length];
        for (var i = 1; i < lines.Length; i++)
        {
            starts[i] = starts[i - 1] + lines[i - 1].Length + 1;
        }

        var first = 0;
        while (first < lines.Length && IsBlank(lines[first]))
        {
            first++;
        }

        string? common = null;
        for (var i = first; i < lines.Length; i++)
        {
            if (!IsBlank(lines[i]))
            {
                var indent = LeadingWhiteSpace(lines[i]);
                common = common is null ? indent : CommonPrefix(common, indent);
            }
        }

        // Walk the normalised lines: each is its raw line without the common indentation.
        var remaining = offset;
        for (var i = first; i < lines.Length; i++)
        {
            var blank = IsBlank(lines[i]);
            var length = blank ? 0 : lines[i].TrimEnd().Length - (common?.Length ?? 0);
            if (remaining <= length)
            {
                return starts[i] + (blank ? 0 : common?.Length ?? 0) + remaining;
            }

            remaining -= length + 1;
        }

        return raw.Length;
    }

    // CommonMark: a line ending after two or more spaces is a hard break (not at the end of a block,
    // where it means nothing, hence the caller's i < last).
    private static bool EndsWithHardBreak(string line) =>
        line.Length >= 2 && line[line.Length - 1] == ' ' && line[line.Length - 2] == ' ';

    /// <summary>
    /// Finds the first math delimiter (<c>$</c> or <c>$$</c>) left open, outside code spans and fenced
    /// code. <c>\$</c> is a literal dollar. Returns null when every delimiter is closed.
    /// </summary>
    public static UnclosedMath? FindUnclosedMath(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        string? open = null;
        var openLine = 0;
        var openOffset = 0;
        var lineStart = 0;
        for (var lineIndex = 0; lineIndex < lines.Length; lineStart += lines[lineIndex].Length + 1, lineIndex++)
        {
            var line = lines[lineIndex];
            var trimmed = line.TrimStart();
            if (open is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                var marker = trimmed.Substring(0, 3);
                if (fence is null)
                {
                    fence = marker;
                    continue;
                }

                if (fence == marker)
                {
                    fence = null;
                    continue;
                }
            }

            if (fence is not null)
            {
                continue;
            }

            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == '`' && open is null)
                {
                    var run = CountRun(line, i, '`');
                    var close = line.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                    if (close >= 0)
                    {
                        i = close + run - 1;
                        continue;
                    }

                    i += run - 1;
                    continue;
                }

                if (c != '$')
                {
                    continue;
                }

                var delimiter = i + 1 < line.Length && line[i + 1] == '$' ? "$$" : "$";
                if (open is null)
                {
                    open = delimiter;
                    openLine = lineIndex + 1;
                    openOffset = lineStart + i;
                }
                else if (open == delimiter)
                {
                    open = null;
                }
                else if (open == "$$")
                {
                    // A single '$' inside display math is a literal dollar; nothing to do.
                }
                else
                {
                    // "$$" while inline math is open: the inline math was never closed.
                    return new UnclosedMath(open, openLine, openOffset);
                }

                i += delimiter.Length - 1;
            }
        }

        return open is null ? null : new UnclosedMath(open, openLine, openOffset);
    }

    /// <summary>The number of list items (<c>*</c>, <c>-</c>, <c>+</c> or <c>1.</c>/<c>1)</c> bullets) at any depth.</summary>
    public static int CountBullets(string markdown)
    {
        var count = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var t = line.TrimStart();
            if (t.Length >= 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t'))
            {
                count++;
                continue;
            }

            var digits = 0;
            while (digits < t.Length && char.IsDigit(t[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits + 1 < t.Length && (t[digits] == '.' || t[digits] == ')') && (t[digits + 1] == ' ' || t[digits + 1] == '\t'))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether Markdown cites a footnote it defines (pandoc's <c>text[^x]</c> … <c>[^x]: note</c>): the HTML writers
    /// list such notes at the end, on the slides as a slide of their own, which the slide count includes.
    /// </summary>
    public static bool CitesFootnote(string markdown)
    {
        if (markdown.IndexOf("[^", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (Match definition in FootnoteDefinition.Matches(markdown))
        {
            var label = Regex.Escape(definition.Groups[1].Value);
            if (Regex.IsMatch(markdown, @"\[\^" + label + @"\](?!:)", RegexOptions.CultureInvariant))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex FootnoteDefinition = new(
        @"^ {0,3}\[\^([^\]\s]+)\]:", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The number of words: runs of characters that contain a letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var wordHasText = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasText)
                {
                    count++;
                }

                inWord = false;
                wordHasText = false;
                continue;
            }

            inWord = true;
            wordHasText |= char.IsLetterOrDigit(c);
        }

        return inWord && wordHasText ? count + 1 : count;
    }

    private static int CountRun(string line, int start, char c)
    {
        var end = start;
        while (end < line.Length && line[end] == c)
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Whether the text is empty or white space only.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string LeadingWhiteSpace(string line)
    {
        var n = 0;
        while (n < line.Length && (line[n] == ' ' || line[n] == '\t'))
        {
            n++;
        }

        return line.Substring(0, n);
    }

    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return a.Substring(0, n);
    }
}

/// <summary>An open math delimiter and the 1-based line of the block where it opened.</summary>
internal sealed class UnclosedMath
{
    public UnclosedMath(string delimiter, int line, int offset)
    {
        Delimiter = delimiter;
        Line = line;
        Offset = offset;
    }

    public string Delimiter { get; }

    public int Line { get; }

    /// <summary>Where the delimiter is in the text.</summary>
    public int Offset { get; }
}
