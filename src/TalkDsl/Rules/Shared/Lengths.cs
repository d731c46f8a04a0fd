using System;
using System.Globalization;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): the builder refuses a margin that is not a length, and the
// generator must know the same so it never replays a talk that would throw when built.

/// <summary>Lengths as lamd's <c>geometry: margin=2cm</c> writes them.</summary>
internal static class Lengths
{
    private static readonly string[] Units = { "cm", "mm", "in", "pt" };

    public static bool IsValid(string length)
    {
        var text = length.Trim();
        foreach (var unit in Units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                return double.TryParse(text.Substring(0, text.Length - unit.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                    && value >= 0;
            }
        }

        return false;
    }
}
