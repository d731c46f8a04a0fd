using System.Text;
using System.Text.RegularExpressions;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// pandoc's fenced divs (<c>::: incremental</c> … <c>:::</c>, <c>::: {.cell .markdown}</c>), which lamd's macros write
/// (a macro of the user's that expands to one; lamd's own <c>\slidesincremental</c> is <c>Incremental(…)</c>): pandoc reads them as a <c>&lt;div&gt;</c> around their content, Markdig as text. The
/// importer keeps the content and leaves the fences out, so no <c>:::</c> shows on a page; what the div did (for
/// <c>incremental</c>, list items revealed one at a time) is named in the comment above the call.
/// </summary>
internal static partial class PandocDivs
{
    /// <summary><paramref name="markdown"/> without its fence lines (outside code), and the divs' classes, in order, once each.</summary>
    public static (string Markdown, IReadOnlyList<string> Classes) Unwrap(string markdown)
    {
        if (!markdown.Contains(":::", StringComparison.Ordinal))
        {
            return (markdown, []);
        }

        var result = new StringBuilder(markdown.Length);
        var classes = new List<string>();
        string? codeFence = null;
        var i = 0;
        while (i < markdown.Length)
        {
            if (PandocMath.FenceAt(markdown, i) is { } marker && (codeFence is null || codeFence == marker))
            {
                codeFence = codeFence is null ? marker : null;
                i = PandocMath.CopyLine(markdown, i, result);
                continue;
            }

            var end = markdown.IndexOf('\n', i);
            var line = end < 0 ? markdown[i..] : markdown[i..end];
            if (codeFence is null && Fence().Match(line) is { Success: true } fence)
            {
                foreach (var name in fence.Groups["class"].Value.Split([' ', '.', '{', '}'], StringSplitOptions.RemoveEmptyEntries).Where(c => !classes.Contains(c)))
                {
                    classes.Add(name);
                }

                i = end < 0 ? markdown.Length : end + 1;
                continue;
            }

            i = PandocMath.CopyLine(markdown, i, result);
        }

        return (result.ToString(), classes);
    }

    [GeneratedRegex(@"^\s{0,3}:{3,}\s*(?<class>\{[^}]*\}|[\w-]+)?\s*:*\s*$")]
    private static partial Regex Fence();
}
