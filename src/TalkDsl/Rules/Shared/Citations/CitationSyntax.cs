using System.Collections.Generic;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). Pandoc's citation syntax, read in one place: the Markdig inline parser
// that renders citations and the rules that check their keys both call it, so what is rendered is what is
// checked. Forms: [@key], [@key, p. 33], [see @a; @b], [-@key] (author suppressed), @key and @key [p. 33]
// in text, @{key with odd characters}.

/// <summary>One cited key with what surrounds it inside the citation.</summary>
internal sealed class CitationItem
{
    public CitationItem(string key, int keyStart, bool suppressAuthor, string prefix, string suffix)
    {
        Key = key;
        KeyStart = keyStart;
        SuppressAuthor = suppressAuthor;
        Prefix = prefix;
        Suffix = suffix;
    }

    public string Key { get; }

    /// <summary>Where the key's first character is in the text read.</summary>
    public int KeyStart { get; }

    public bool SuppressAuthor { get; }

    /// <summary>Text before the key ("see"), trimmed.</summary>
    public string Prefix { get; }

    /// <summary>Text after the key, its leading comma removed ("p. 33"), trimmed.</summary>
    public string Suffix { get; }
}

/// <summary>A citation: bracketed (parenthetical) or in text, where it is, and its items.</summary>
internal sealed class Citation
{
    public Citation(int start, int length, bool inText, List<CitationItem> items)
    {
        Start = start;
        Length = length;
        InText = inText;
        Items = items;
    }

    public int Start { get; }

    public int Length { get; }

    public bool InText { get; }

    public List<CitationItem> Items { get; }
}

internal static class CitationSyntax
{
    /// <summary>A bracketed citation starting at <paramref name="start"/> (a '['), read no further than <paramref name="end"/>; null if it is not one.</summary>
    public static Citation? TryBracketed(string text, int start, int end)
    {
        if (start >= end || text[start] != '[')
        {
            return null;
        }

        var close = -1;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                close = i;
                break;
            }
        }

        // [@key](url) and [@key][ref] are links, not citations.
        if (close < 0 || (close + 1 < end && (text[close + 1] == '(' || text[close + 1] == '[')))
        {
            return null;
        }

        var items = new List<CitationItem>();
        var from = start + 1;
        for (var i = start + 1; i <= close; i++)
        {
            if (i < close && text[i] == '\\')
            {
                i++;
                continue;
            }

            if (i == close || text[i] == ';')
            {
                var item = ReadItem(text, from, i);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                from = i + 1;
            }
        }

        return items.Count == 0 ? null : new Citation(start, close + 1 - start, inText: false, items);
    }

    /// <summary>An in-text citation at <paramref name="start"/> (an '@' not after a letter or digit), with a bracketed suffix if one follows.</summary>
    public static Citation? TryInText(string text, int start, int end)
    {
        if (start >= end || text[start] != '@' || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '\\')))
        {
            return null;
        }

        if (!TryKey(text, start + 1, end, out var key, out var keyStart, out var keyEnd))
        {
            return null;
        }

        var length = keyEnd - start;
        var suffix = string.Empty;
        var next = keyEnd;
        if (next + 1 < end && text[next] == ' ' && text[next + 1] == '[')
        {
            next++;
        }

        if (next < end && text[next] == '[')
        {
            var close = text.IndexOf(']', next);
            if (close > 0 && close < end && text.IndexOf('@', next, close - next) < 0 && (close + 1 >= end || text[close + 1] != '('))
            {
                suffix = Trim(text.Substring(next + 1, close - next - 1));
                length = close + 1 - start;
            }
        }

        return new Citation(start, length, inText: true, new List<CitationItem> { new(key, keyStart, false, string.Empty, suffix) });
    }

    /// <summary>Every citation in <paramref name="markdown"/>, outside code spans, fenced and indented code and math, as the renderer finds them.</summary>
    public static List<Citation> FindAll(string markdown)
    {
        var found = new List<Citation>();
        var lines = markdown.Split('\n');
        var offset = 0;
        string? fence = null;
        var previousBlank = true;
        var inCode = false;
        var inList = false;
        foreach (var line in lines)
        {
            var lineStart = offset;
            offset += line.Length + 1;
            var trimmed = line.TrimStart();
            var blank = trimmed.Length == 0;
            if (trimmed.StartsWith("```", System.StringComparison.Ordinal) || trimmed.StartsWith("~~~", System.StringComparison.Ordinal))
            {
                var marker = trimmed.Substring(0, 3);
                fence = fence is null ? marker : fence == marker ? null : fence;
                previousBlank = false;
                continue;
            }

            // Indented code starts after a blank line, outside a list (where indentation nests items).
            var indented = line.StartsWith("    ", System.StringComparison.Ordinal) || line.StartsWith("\t", System.StringComparison.Ordinal);
            inCode = indented && !blank && (inCode || (previousBlank && !inList));
            if (!indented && !blank)
            {
                inList = IsListItem(trimmed);
            }

            previousBlank = blank;
            if (fence is not null || inCode)
            {
                continue;
            }

            ScanLine(markdown, lineStart, lineStart + line.Length, found);
        }

        return found;
    }

    private static bool IsListItem(string trimmed)
    {
        if (trimmed.Length >= 2 && (trimmed[0] == '*' || trimmed[0] == '-' || trimmed[0] == '+') && trimmed[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < trimmed.Length && (trimmed[digits] == '.' || trimmed[digits] == ')') && trimmed[digits + 1] == ' ';
    }

    private static void ScanLine(string text, int start, int end, List<Citation> found)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '`' || c == '$')
            {
                var run = 1;
                while (i + run < end && text[i + run] == c)
                {
                    run++;
                }

                var closing = text.IndexOf(new string(c, run), i + run, end - i - run, System.StringComparison.Ordinal);
                if (closing >= 0)
                {
                    i = closing + run - 1;
                    continue;
                }

                i += run - 1;
                continue;
            }

            // A link's destination and an autolink are addresses, not text: "https://x.org/@user" cites nothing.
            if ((c == ']' && i + 1 < end && text[i + 1] == '(') || c == '<')
            {
                var close = text.IndexOf(c == '<' ? '>' : ')', i + 1, end - i - 1);
                if (close > 0 && (c != '<' || text.IndexOf(' ', i, close - i) < 0))
                {
                    i = close;
                    continue;
                }
            }

            var citation = c == '[' ? TryBracketed(text, i, end) : c == '@' ? TryInText(text, i, end) : null;
            if (citation is not null)
            {
                found.Add(citation);
                i = citation.Start + citation.Length - 1;
            }
        }
    }

    /// <summary>One item of a bracketed citation: prefix, optional '-', '@key', suffix.</summary>
    private static CitationItem? ReadItem(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] != '@' || (i > from && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var suppress = i > from && text[i - 1] == '-';
            if (!TryKey(text, i + 1, to, out var key, out var keyStart, out var keyEnd))
            {
                return null;
            }

            var prefixEnd = suppress ? i - 1 : i;
            var suffix = Trim(text.Substring(keyEnd, to - keyEnd));
            if (suffix.StartsWith(",", System.StringComparison.Ordinal))
            {
                suffix = Trim(suffix.Substring(1));
            }

            return new CitationItem(key, keyStart, suppress, Trim(text.Substring(from, prefixEnd - from)), suffix);
        }

        return null;
    }

    /// <summary>
    /// A key at <paramref name="start"/>: it starts with a letter, digit or '_', and goes on with those and
    /// internal punctuation (<c>:.#$%&amp;-+?&lt;&gt;~/</c>) followed by a letter or digit; or any text in braces.
    /// </summary>
    public static bool TryKey(string text, int start, int end, out string key, out int keyStart, out int keyEnd)
    {
        key = string.Empty;
        keyStart = start;
        keyEnd = start;
        if (start >= end)
        {
            return false;
        }

        if (text[start] == '{')
        {
            var close = text.IndexOf('}', start);
            if (close < 0 || close >= end || close == start + 1)
            {
                return false;
            }

            keyStart = start + 1;
            key = text.Substring(keyStart, close - keyStart);
            keyEnd = close + 1;
            return true;
        }

        if (!IsKeyChar(text[start]))
        {
            return false;
        }

        var i = start + 1;
        while (i < end)
        {
            if (IsKeyChar(text[i]))
            {
                i++;
            }
            else if (":.#$%&-+?<>~/".IndexOf(text[i]) >= 0 && i + 1 < end && IsKeyChar(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        key = text.Substring(start, i - start);
        keyEnd = i;
        return true;
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Trim(string text) => text.Trim();
}
