using System;
using System.Collections.Generic;
using System.Text;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). BibTeX's name lists: "First von Last", "von Last, First",
// "von Last, Jr, First", joined by "and"; "others" for the rest; a name in braces is one name (a corporate
// author: {World Health Organization}). Split before the LaTeX is read, since braces protect.

/// <summary>One name of an author or editor list, as plain text.</summary>
internal sealed class BibName
{
    public BibName(string? given, string family, bool isOthers = false)
    {
        Given = given;
        Family = family;
        IsOthers = isOthers;
    }

    /// <summary>The given names; null for a corporate author.</summary>
    public string? Given { get; }

    /// <summary>The family name with its particle ("van der Wilk"), or the corporate name.</summary>
    public string Family { get; }

    /// <summary>"and others": more authors, not named.</summary>
    public bool IsOthers { get; }

    /// <summary>The given names as initials, each followed by a full stop, hyphens kept: "David J. C." gives "D.J.C.", "Jean-Pierre" "J.-P.".</summary>
    public string Initials
    {
        get
        {
            var initials = new StringBuilder();
            foreach (var word in (Given ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = word.Split('-');
                for (var p = 0; p < parts.Length; p++)
                {
                    var letter = FirstLetter(parts[p]);
                    if (letter is null)
                    {
                        continue;
                    }

                    if (p > 0)
                    {
                        initials.Append('-');
                    }

                    initials.Append(letter.Value).Append('.');
                }
            }

            return initials.ToString();
        }
    }

    private static char? FirstLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return null;
    }
}

internal static class BibNames
{
    /// <summary>The names of a BibTeX name list (raw LaTeX, as the field holds it).</summary>
    public static List<BibName> Parse(string latex)
    {
        var names = new List<BibName>();
        foreach (var raw in SplitAtDepthZero(latex, IsAndAt))
        {
            var name = raw.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (string.Equals(name, "others", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(new BibName(null, "others", isOthers: true));
                continue;
            }

            if (name[0] == '{' && LatexText.MatchingBrace(name, 0, name.Length) == name.Length - 1)
            {
                names.Add(new BibName(null, LatexText.ToPlain(name)));
                continue;
            }

            names.Add(ParseOne(name));
        }

        return names;
    }

    private static BibName ParseOne(string name)
    {
        var commaParts = SplitAtDepthZero(name, (s, i) => s[i] == ',' ? 1 : 0);
        if (commaParts.Count > 1)
        {
            // von Last, First  or  von Last, Jr, First
            var given = commaParts[commaParts.Count - 1].Trim();
            var family = commaParts[0].Trim();
            if (commaParts.Count > 2)
            {
                family += ", " + commaParts[1].Trim();
            }

            return new BibName(Plain(given), LatexText.ToPlain(family));
        }

        var words = Words(name);
        if (words.Count == 1)
        {
            return new BibName(null, LatexText.ToPlain(words[0]));
        }

        // First von Last: the family starts at the first lower-case word before the last one, else it is the last word.
        var familyStart = words.Count - 1;
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (StartsLowerCase(words[i]))
            {
                familyStart = i;
                break;
            }
        }

        return new BibName(
            Plain(string.Join(" ", words.GetRange(0, familyStart))),
            LatexText.ToPlain(string.Join(" ", words.GetRange(familyStart, words.Count - familyStart))));
    }

    private static string? Plain(string latex)
    {
        var plain = LatexText.ToPlain(latex);
        return plain.Length == 0 ? null : plain;
    }

    /// <summary>A word starts lower case when its first letter at brace depth zero is lower case (a braced word never does).</summary>
    private static bool StartsLowerCase(string word)
    {
        if (word.Length == 0 || word[0] == '{')
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static List<string> Words(string name) =>
        SplitAtDepthZero(name, (s, i) => char.IsWhiteSpace(s[i]) ? 1 : 0).FindAll(w => w.Trim().Length > 0).ConvertAll(w => w.Trim());

    /// <summary>" and " between names, at brace depth zero: returns the separator's length, or 0.</summary>
    private static int IsAndAt(string s, int i)
    {
        if (!char.IsWhiteSpace(s[i]) || i + 4 >= s.Length)
        {
            return 0;
        }

        var j = i;
        while (j < s.Length && char.IsWhiteSpace(s[j]))
        {
            j++;
        }

        if (j + 3 < s.Length && string.Compare(s, j, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(s[j + 3]))
        {
            return j + 4 - i;
        }

        return 0;
    }

    private static List<string> SplitAtDepthZero(string s, Func<string, int, int> separatorAt)
    {
        var parts = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && separatorAt(s, i) is var length and > 0)
            {
                parts.Add(s.Substring(from, i - from));
                from = i + length;
                i = from - 1;
            }
        }

        parts.Add(s.Substring(from));
        return parts;
    }
}
