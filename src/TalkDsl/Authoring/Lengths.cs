using System.Globalization;

namespace TalkDsl.Authoring;

/// <summary>Lengths as lamd's <c>geometry: margin=2cm</c> writes them.</summary>
internal static class Lengths
{
    private static readonly string[] Units = ["cm", "mm", "in", "pt"];

    public static bool IsValid(string length)
    {
        var text = length.Trim();
        var unit = Units.FirstOrDefault(u => text.EndsWith(u, StringComparison.Ordinal));
        return unit is not null
            && double.TryParse(text[..^unit.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= 0;
    }
}
