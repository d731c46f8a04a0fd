using System;
using System.Collections.Generic;
using System.Text;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). Pandoc's auto_identifiers algorithm, so heading links that
// worked with lamd keep working: lower-case; keep letters, numbers, '_', '-', '.' and white space;
// join the words with '-'; drop everything before the first letter; "section" if nothing is left;
// a repeated identifier gets "-1", "-2", … in document order.

internal static class PandocIdentifier
{
    /// <summary>The identifier pandoc gives a heading with this (plain text) title, before de-duplication.</summary>
    public static string Create(string title)
    {
        var filtered = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (char.IsHighSurrogate(c) && i + 1 < title.Length && char.IsLowSurrogate(title[i + 1]))
            {
                if (char.IsLetter(title, i) || char.IsNumber(title, i))
                {
                    var lowered = char.ConvertFromUtf32(char.ConvertToUtf32(c, title[i + 1])).ToLowerInvariant();
                    filtered.Append(lowered);
                }
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                filtered.Append(' ');
            }
            else if (char.IsLetter(c) || char.IsNumber(c) || c == '_' || c == '-' || c == '.')
            {
                filtered.Append(char.ToLowerInvariant(c));
            }
        }

        var words = filtered.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join("-", words);

        var start = 0;
        while (start < joined.Length && !IsLetterAt(joined, start))
        {
            start += char.IsHighSurrogate(joined[start]) && start + 1 < joined.Length ? 2 : 1;
        }

        var identifier = joined.Substring(start);
        return identifier.Length == 0 ? "section" : identifier;
    }

    private static bool IsLetterAt(string s, int index) => char.IsLetter(s, index);
}

/// <summary>Hands out pandoc identifiers for one document, de-duplicating as pandoc does.</summary>
internal sealed class PandocIdentifierSet
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>
    /// For each base identifier, the suffix to try next: every one below it is taken, and stays taken (nothing
    /// is ever released), so n headings of one title cost n tries, not n²/2 (22,000 \thanks took 23 s).
    /// </summary>
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>The unique identifier for the next heading with this title.</summary>
    public string Next(string title) => Claim(PandocIdentifier.Create(title));

    /// <summary>Marks <paramref name="identifier"/> as taken, so no later heading gets it.</summary>
    public void Reserve(string identifier) => _used.Add(identifier);

    /// <summary>Whether a heading with this title would collide with an earlier one.</summary>
    public bool Collides(string title) => _used.Contains(PandocIdentifier.Create(title));

    private string Claim(string baseIdentifier)
    {
        if (_used.Add(baseIdentifier))
        {
            return baseIdentifier;
        }

        _nextSuffix.TryGetValue(baseIdentifier, out var n);
        for (n = Math.Max(n, 1); ; n++)
        {
            var candidate = baseIdentifier + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add(candidate))
            {
                _nextSuffix[baseIdentifier] = n + 1;
                return candidate;
            }
        }
    }
}
