using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// Smart punctuation as pandoc's <c>smart</c> extension writes it (lamd's notes show curly quotes):
/// Unicode characters rather than entities, no guillemets for <c>&lt;&lt;</c>, and apostrophes inside
/// words (<c>it's</c>, <c>'90s</c>), which Markdig's SmartyPants leaves straight.
/// </summary>
internal static class PandocTypography
{
    private const char Apostrophe = '\u2019';

    public static SmartyPantOptions SmartyPantOptions()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = "\u2018";
        options.Mapping[SmartyPantType.RightQuote] = "\u2019";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "\u201C";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "\u201D";
        options.Mapping[SmartyPantType.Ellipsis] = "\u2026";
        options.Mapping[SmartyPantType.Dash2] = "\u2013";
        options.Mapping[SmartyPantType.Dash3] = "\u2014";

        // Pandoc leaves << and >> alone; the mapping is written as HTML, so escape them.
        options.Mapping[SmartyPantType.LeftAngleQuote] = "&lt;&lt;";
        options.Mapping[SmartyPantType.RightAngleQuote] = "&gt;&gt;";
        return options;
    }

    /// <summary>
    /// Turns the straight quotes SmartyPants left unmatched into apostrophes where pandoc would: after a
    /// letter or digit, or before a digit. Only literal text changes; code and math keep theirs.
    /// </summary>
    /// <param name="source">The text <paramref name="document"/> was parsed from, for the characters around a literal.</param>
    public static void CurlApostrophes(MarkdownDocument document, string source)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('\'', StringComparison.Ordinal))
            {
                continue;
            }

            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] != '\'')
                {
                    continue;
                }

                var before = i > 0 ? chars[i - 1] : CharAt(source, literal.Span.Start - 1);
                var after = i + 1 < chars.Length ? chars[i + 1] : CharAt(source, literal.Span.End + 1);
                if (char.IsLetterOrDigit(before) || char.IsDigit(after))
                {
                    chars[i] = Apostrophe;
                }
            }

            literal.Content = new StringSlice(new string(chars));
        }
    }

    private static char CharAt(string text, int index) => index >= 0 && index < text.Length ? text[index] : ' ';
}
