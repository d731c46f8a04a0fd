using System.Text;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// Dollars as pandoc reads them (its <c>tex_math_dollars</c> extension, which lamd's pandoc runs use): a
/// <c>$</c> opens inline math only when a non-space follows it, and closes it only when a non-space precedes
/// it and no digit follows; the math never crosses a blank line, and a <c>$</c> inside <c>\text{…}</c>
/// does not close it. <c>$$…$$</c> is display math. Any other dollar is text for pandoc, so the importer
/// writes it <c>\$</c>: TalkDsl's rules read every unescaped dollar as a delimiter (TALK011). Math that
/// crosses a line break is rewritten so TalkDsl's Markdown (Markdig, which ends inline math at a line
/// break) reads it as math too (see <see cref="ForMarkdig"/>).
/// </summary>
internal static class PandocMath
{
    /// <summary><paramref name="markdown"/> with every dollar pandoc would show as text escaped; math, code spans and fenced code untouched.</summary>
    public static string EscapeLiteralDollars(string markdown)
    {
        if (!markdown.Contains('$', StringComparison.Ordinal))
        {
            return markdown;
        }

        var result = new StringBuilder(markdown.Length + 8);
        var fence = (string?)null;
        var i = 0;
        while (i < markdown.Length)
        {
            if (AtLineStart(markdown, i) && FenceAt(markdown, i) is { } marker && (fence is null || fence == marker))
            {
                fence = fence is null ? marker : null;
                i = CopyLine(markdown, i, result);
                continue;
            }

            if (fence is not null)
            {
                i = CopyLine(markdown, i, result);
                continue;
            }

            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length)
            {
                result.Append(c).Append(markdown[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`' && CodeSpanEnd(markdown, i) is { } codeEnd)
            {
                result.Append(markdown, i, codeEnd - i);
                i = codeEnd;
                continue;
            }

            if (c != '$')
            {
                result.Append(c);
                i++;
                continue;
            }

            var end = i + 1 < markdown.Length && markdown[i + 1] == '$' ? DisplayEnd(markdown, i) : InlineEnd(markdown, i);
            if (end is { } close)
            {
                result.Append(ForMarkdig(markdown, i, close));
                i = close;
            }
            else
            {
                var run = i + 1 < markdown.Length && markdown[i + 1] == '$' ? 2 : 1;
                result.Insert(result.Length, @"\$", run);
                i += run;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The math span <c>[start, end)</c> in a form Markdig reads as pandoc does. For pandoc a line break in
    /// math is a space; Markdig's inline math stops at one, and the rest shows as text (<c>\left{</c>, a
    /// <c>*</c> read as emphasis). So display math that opens a line and ends one becomes a math block
    /// (<c>$$</c>, the formula, <c>$$</c> on lines of their own), and any other math crossing a line is joined onto one line.
    /// </summary>
    private static string ForMarkdig(string text, int start, int end)
    {
        var span = text[start..end];
        if (!span.Contains('\n', StringComparison.Ordinal))
        {
            return span;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var opensLine = start == 0 || string.IsNullOrWhiteSpace(text[lineStart..start]);
        if (span.StartsWith("$$", StringComparison.Ordinal) && opensLine && (end == text.Length || text[end] == '\n'))
        {
            if (span[2..].TrimStart(' ').StartsWith('\n') && span[..^2].TrimEnd(' ').EndsWith('\n'))
            {
                return span;
            }

            if (lineStart == start)
            {
                return $"$$\n{span[2..^2].Trim()}\n$$";
            }
        }

        return string.Join(' ', span.Split('\n').Select((line, k) => k == 0 ? line.TrimEnd() : line.Trim()));
    }

    /// <summary>The index after the closing <c>$$</c> of display math opening at <paramref name="start"/>, or null.</summary>
    public static int? DisplayEnd(string text, int start)
    {
        var j = start + 2;
        var consumed = 0;
        while (j < text.Length)
        {
            if (consumed > 0 && text[j] == '$' && j + 1 < text.Length && text[j + 1] == '$')
            {
                return j + 2;
            }

            if (text[j] == '\n' && NextLineIsBlank(text, j))
            {
                return null;
            }

            j += text[j] == '\\' && j + 1 < text.Length ? 2 : 1;
            consumed++;
        }

        return null;
    }

    /// <summary>The index after the closing <c>$</c> of inline math opening at <paramref name="start"/>, or null.</summary>
    public static int? InlineEnd(string text, int start)
    {
        var j = start + 1;
        if (j >= text.Length || char.IsWhiteSpace(text[j]))
        {
            return null;
        }

        var consumed = 0;
        while (j < text.Length)
        {
            var c = text[j];
            if (consumed > 0 && c == '$')
            {
                return j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]) ? null : j + 1;
            }

            if (c == '\\')
            {
                j = TextCommandEnd(text, j) ?? Math.Min(j + 2, text.Length);
            }
            else if (char.IsWhiteSpace(c))
            {
                // A run of spaces with at most one line break; a blank line ends the paragraph, and a dollar
                // right after white space cannot close.
                var newlines = 0;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    newlines += text[j] == '\n' ? 1 : 0;
                    j++;
                }

                if (newlines > 1 || j >= text.Length || text[j] == '$')
                {
                    return null;
                }
            }
            else
            {
                j++;
            }

            consumed++;
        }

        return null;
    }

    /// <summary>After <c>\text{…}</c> (balanced braces) at <paramref name="j"/>, or null when it is not one.</summary>
    private static int? TextCommandEnd(string text, int j)
    {
        const string command = "\\text{";
        if (string.CompareOrdinal(text, j, command, 0, command.Length) != 0)
        {
            return null;
        }

        var depth = 0;
        for (var k = j + command.Length - 1; k < text.Length; k++)
        {
            depth += text[k] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return k + 1;
            }
        }

        return null;
    }

    internal static int? CodeSpanEnd(string text, int start)
    {
        var run = 0;
        while (start + run < text.Length && text[start + run] == '`')
        {
            run++;
        }

        var ticks = new string('`', run);
        var close = text.IndexOf(ticks, start + run, StringComparison.Ordinal);
        var paragraphEnd = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return close < 0 || (paragraphEnd >= 0 && close > paragraphEnd) ? null : close + run;
    }

    private static bool AtLineStart(string text, int i) => i == 0 || text[i - 1] == '\n';

    internal static string? FenceAt(string text, int i)
    {
        var trimmed = text.AsSpan(i).TrimStart(' ');
        return trimmed.StartsWith("```") ? "```" : trimmed.StartsWith("~~~") ? "~~~" : null;
    }

    internal static int CopyLine(string text, int i, StringBuilder result)
    {
        var newline = text.IndexOf('\n', i);
        var end = newline < 0 ? text.Length : newline + 1;
        result.Append(text, i, end - i);
        return end;
    }

    private static bool NextLineIsBlank(string text, int newline)
    {
        for (var k = newline + 1; k < text.Length; k++)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
