using System.Globalization;
using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>The printed page of the notes in millimetres: the talk's <c>Paper(...)</c>, or A4 with 2 cm margins when it sets none.</summary>
internal sealed record PaperGeometry(double WidthMm, double HeightMm, double MarginMm)
{
    public static PaperGeometry Of(PaperSettings? paper)
    {
        var (width, height) = (paper?.Size ?? PaperSize.A4) switch
        {
            PaperSize.A5 => (148.0, 210.0),
            PaperSize.A3 => (297.0, 420.0),
            PaperSize.Letter => (215.9, 279.4),
            PaperSize.Legal => (215.9, 355.6),
            _ => (210.0, 297.0),
        };
        return new PaperGeometry(width, height, Millimetres(paper?.Margin ?? "2cm"));
    }

    /// <summary>The text width between the margins.</summary>
    public double TextWidthMm => WidthMm - (2 * MarginMm);

    /// <summary>A length as <c>Paper(...)</c> accepts it (<c>2cm</c>, <c>15mm</c>, <c>1in</c>, <c>72pt</c>) in millimetres.</summary>
    public static double Millimetres(string length)
    {
        var text = length.Trim();
        var (unit, factor) = text.EndsWith("cm", StringComparison.Ordinal) ? ("cm", 10.0)
            : text.EndsWith("mm", StringComparison.Ordinal) ? ("mm", 1.0)
            : text.EndsWith("in", StringComparison.Ordinal) ? ("in", 25.4)
            : text.EndsWith("pt", StringComparison.Ordinal) ? ("pt", 25.4 / 72)
            : throw new ArgumentException($"'{length}' is not a length in cm, mm, in or pt.", nameof(length));
        return double.Parse(text[..^unit.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * factor;
    }
}
