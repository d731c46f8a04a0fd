using System.Collections.Generic;
using System.Text;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). What BibTeX values hold is LaTeX: accents ({\"o}, \'{e}), special
// letters (\ss, \o), font commands ({\em ...}, \textit{...}), protective braces and dashes. Readers of a
// reference want the text: this turns the LaTeX of one value into Unicode plain text.

internal static class LatexText
{
    // The accent commands and the combining mark each puts on the next letter.
    private static readonly Dictionary<string, char> Accents = new()
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303',
        ["="] = '\u0304', ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B',
        ["c"] = '\u0327', ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
    };

    // Commands that stand for a letter or a symbol.
    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "i", ["j"] = "j",
        ["textendash"] = "\u2013", ["textemdash"] = "\u2014", ["ldots"] = "\u2026", ["dots"] = "\u2026",
        ["textquoteright"] = "\u2019", ["textquoteleft"] = "\u2018", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}",
        [" "] = " ", ["\\"] = " ", ["textbackslash"] = "\\", ["copyright"] = "©", ["pounds"] = "£",
    };

    // Letters with an accent, precomposed: string.Normalize is not there under invariant globalization.
    private static readonly Dictionary<char, (string Bases, string Composed)> Precomposed = new()
    {
        ['\u0301'] = ("AEIOUYaeiouyCcNnSsZzLlRr", "ÁÉÍÓÚÝáéíóúýĆćŃńŚśŹźĹĺŔŕ"),
        ['\u0300'] = ("AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
        ['\u0302'] = ("AEIOUaeiouCcGgHhJjSsWwYy", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ"),
        ['\u0308'] = ("AEIOUaeiouyY", "ÄËÏÖÜäëïöüÿŸ"),
        ['\u0303'] = ("ANOanoIiUu", "ÃÑÕãñõĨĩŨũ"),
        ['\u0304'] = ("AEIOUaeiou", "ĀĒĪŌŪāēīōū"),
        ['\u0307'] = ("CcEeGgIZz", "ĊċĖėĠġİŻż"),
        ['\u0306'] = ("AaEeGgIiOoUu", "ĂăĔĕĞğĬĭŎŏŬŭ"),
        ['\u030C'] = ("CcDdEeNnRrSsTtZz", "ČčĎďĚěŇňŘřŠšŤťŽž"),
        ['\u030B'] = ("OoUu", "ŐőŰű"),
        ['\u0327'] = ("CcSsTtGgKkLlNnRr", "ÇçŞşŢţĢģĶķĻļŅņŖŗ"),
        ['\u0328'] = ("AaEeIiUu", "ĄąĘęĮįŲų"),
        ['\u030A'] = ("AaUu", "ÅåŮů"),
    };

    /// <summary>The plain text of a LaTeX value: commands and braces gone, accents composed, white space collapsed.</summary>
    public static string ToPlain(string latex)
    {
        var text = new StringBuilder(latex.Length);
        Append(latex, 0, latex.Length, text);
        return Collapse(text.ToString());
    }

    /// <summary>A letter and the combining mark after it as one character when Unicode has one; else both.</summary>
    private static void AppendAccented(StringBuilder text, char letter, char mark)
    {
        if (Precomposed.TryGetValue(mark, out var table) && table.Bases.IndexOf(letter) is var index and >= 0)
        {
            text.Append(table.Composed[index]);
        }
        else
        {
            text.Append(letter).Append(mark);
        }
    }

    private static void Append(string s, int start, int end, StringBuilder text)
    {
        var i = start;
        while (i < end)
        {
            var c = s[i];
            switch (c)
            {
                case '{':
                case '}':
                case '$':
                    i++;
                    break;
                case '~':
                    text.Append(' ');
                    i++;
                    break;
                case '-':
                    var dashes = 1;
                    while (i + dashes < end && s[i + dashes] == '-' && dashes < 3)
                    {
                        dashes++;
                    }

                    text.Append(dashes == 1 ? "-" : dashes == 2 ? "\u2013" : "\u2014");
                    i += dashes;
                    break;
                case '\\':
                    i = Command(s, i + 1, end, text);
                    break;
                default:
                    text.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>Reads the command after a backslash at <paramref name="i"/>; returns where reading goes on.</summary>
    private static int Command(string s, int i, int end, StringBuilder text)
    {
        if (i >= end)
        {
            return i;
        }

        string name;
        if (IsLetter(s[i]))
        {
            var from = i;
            while (i < end && IsLetter(s[i]))
            {
                i++;
            }

            name = s.Substring(from, i - from);
        }
        else
        {
            name = s[i].ToString();
            i++;
        }

        if (Accents.TryGetValue(name, out var mark))
        {
            // The argument: a group, or the next letter (after spaces when the command is a word, as in \c c).
            while (name.Length == 1 && IsLetter(name[0]) && i < end && s[i] == ' ')
            {
                i++;
            }

            string argument;
            if (i < end && s[i] == '{')
            {
                var close = MatchingBrace(s, i, end);
                argument = ToPlainInner(s, i + 1, close);
                i = close + 1;
            }
            else if (i < end && s[i] == '\\')
            {
                var inner = new StringBuilder();
                i = Command(s, i + 1, end, inner);
                argument = inner.ToString();
            }
            else if (i < end)
            {
                argument = s[i].ToString();
                i++;
            }
            else
            {
                argument = string.Empty;
            }

            if (argument.Length > 0)
            {
                AppendAccented(text, argument[0], mark);
                text.Append(argument, 1, argument.Length - 1);
            }

            return i;
        }

        if (Symbols.TryGetValue(name, out var symbol))
        {
            text.Append(symbol);
        }

        // A control word eats the spaces after it, as in LaTeX; font and unknown commands vanish, their arguments stay.
        if (IsLetter(name[0]))
        {
            while (i < end && s[i] == ' ')
            {
                i++;
            }
        }

        return i;
    }

    private static string ToPlainInner(string s, int start, int end)
    {
        var inner = new StringBuilder();
        Append(s, start, end, inner);
        return inner.ToString();
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/>, or <paramref name="end"/>.</summary>
    public static int MatchingBrace(string s, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
