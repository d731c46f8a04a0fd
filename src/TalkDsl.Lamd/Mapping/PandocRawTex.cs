using System.Text;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// Raw TeX as pandoc reads it (its <c>raw_tex</c> extension): outside math and code, a command with braced
/// arguments (<c>\downloadfile{…}{…}</c>, a macro nobody defined) and a <c>\begin{x}…\end{x}</c> environment are
/// raw LaTeX, which pandoc leaves out of the HTML pages lamd makes. The importer leaves them out the same way,
/// and says so in a comment, instead of showing lamd source on a page.
/// </summary>
internal static class PandocRawTex
{
    /// <summary><paramref name="markdown"/> without the raw TeX pandoc's HTML leaves out, and the commands left out.</summary>
    public static (string Markdown, IReadOnlyList<string> Dropped) Drop(string markdown)
    {
        if (!markdown.Contains('\\', StringComparison.Ordinal))
        {
            return (markdown, []);
        }

        var result = new StringBuilder(markdown.Length);
        var dropped = new List<string>();
        string? fence = null;
        var i = 0;
        while (i < markdown.Length)
        {
            var atLineStart = i == 0 || markdown[i - 1] == '\n';
            if (atLineStart && PandocMath.FenceAt(markdown, i) is { } marker && (fence is null || fence == marker))
            {
                fence = fence is null ? marker : null;
                i = PandocMath.CopyLine(markdown, i, result);
                continue;
            }

            if (fence is not null)
            {
                i = PandocMath.CopyLine(markdown, i, result);
                continue;
            }

            var c = markdown[i];
            var end = c switch
            {
                '`' => PandocMath.CodeSpanEnd(markdown, i),
                '$' when i + 1 < markdown.Length && markdown[i + 1] == '$' => PandocMath.DisplayEnd(markdown, i),
                '$' => PandocMath.InlineEnd(markdown, i),
                _ => null,
            };
            if (end is { } skip)
            {
                result.Append(markdown, i, skip - i);
                i = skip;
                continue;
            }

            if (c == '\\' && CommandEnd(markdown, i) is { } command)
            {
                dropped.Add(markdown[i..command.NameEnd] + "{…}");
                i = command.End;
                continue;
            }

            if (c == '\\' && i + 1 < markdown.Length)
            {
                result.Append(c).Append(markdown[i + 1]);
                i += 2;
                continue;
            }

            result.Append(c);
            i++;
        }

        return dropped.Count == 0 ? (markdown, []) : (result.ToString(), dropped);
    }

    /// <summary>A command with one or more braced arguments at <paramref name="start"/> (an environment to its <c>\end</c>), or null.</summary>
    private static (int NameEnd, int End)? CommandEnd(string text, int start)
    {
        var j = start + 1;
        while (j < text.Length && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        var nameEnd = j;
        if (nameEnd == start + 1 || j >= text.Length || text[j] != '{')
        {
            return null;
        }

        while (j < text.Length && text[j] == '{')
        {
            if (BraceEnd(text, j) is not { } close)
            {
                return null;
            }

            j = close;
        }

        var name = text[(start + 1)..nameEnd];
        if (name == "begin")
        {
            var environment = text[(nameEnd + 1)..(BraceEnd(text, nameEnd)!.Value - 1)];
            var closing = text.IndexOf("\\end{" + environment + "}", j, StringComparison.Ordinal);
            return closing < 0 ? null : (nameEnd, closing + environment.Length + 6);
        }

        return (nameEnd, j);
    }

    private static int? BraceEnd(string text, int open)
    {
        var depth = 0;
        for (var k = open; k < text.Length; k++)
        {
            if (text[k] == '\\')
            {
                k++;
                continue;
            }

            depth += text[k] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return k + 1;
            }
        }

        return null;
    }
}
