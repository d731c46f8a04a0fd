using System.Globalization;
using System.Text;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Mapping;

/// <summary>C# literals for generated code: escaped one-line strings, and raw strings that hold any content.</summary>
public static class CSharpLiteral
{
    /// <summary>A regular string literal: <c>"…"</c> with backslash, quote and control characters escaped.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A verbatim string literal, <c>@"…"</c>, quotes doubled: LaTeX reads as written (<c>@"\mathbb{R}"</c>).</summary>
    public static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// A one-line value as the most readable literal that holds it: verbatim when it has a backslash (LaTeX,
    /// paths), else a regular string. Control characters always get a regular, escaped string.
    /// </summary>
    public static string Line(string value) =>
        value.Contains('\\', StringComparison.Ordinal) && !value.Any(char.IsControl) ? Verbatim(value) : String(value);

    /// <summary>Content (Markdown, code) normalised as the authoring API keeps it: one line as <see cref="Line"/>, more as <see cref="Raw"/>.</summary>
    public static string Text(string content, string indent)
    {
        var block = Block(content);
        return block.Contains('\n', StringComparison.Ordinal) ? Raw(block, indent) : Line(block);
    }

    /// <summary>A title on one line: runs of white space (newlines too) become one space.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Content as the authoring API keeps it (<c>MarkdownText.Normalize</c>, shared with TalkDsl): LF line
    /// ends, no blank lines at either end, no trailing white space, common indentation removed.
    /// </summary>
    public static string Block(string value) => MarkdownText.Normalize(value);

    /// <summary>
    /// A multi-line raw string literal whose content lines and closing quotes are indented by
    /// <paramref name="indent"/>. It opens with one more quote than the longest run of quotes in the
    /// content (at least three), so content holding <c>"""</c> still compiles.
    /// </summary>
    public static string Raw(string content, string indent)
    {
        var quotes = new string('"', Math.Max(3, LongestRun(content, '"') + 1));
        var builder = new StringBuilder(content.Length + 64).Append(quotes).Append('\n');
        foreach (var line in content.Split('\n'))
        {
            if (line.Length > 0)
            {
                builder.Append(indent).Append(line);
            }

            builder.Append('\n');
        }

        return builder.Append(indent).Append(quotes).ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
