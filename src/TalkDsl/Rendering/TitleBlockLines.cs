using TalkDsl.Model;
using TalkDsl.Rendering.Html;

namespace TalkDsl.Rendering;

/// <summary>The title block as plain lines, for the formats that are not HTML: title, subtitle, each author (with institute), venue, date.</summary>
internal sealed record TitleBlockLines(string Title, string? Subtitle, IReadOnlyList<string> Authors, string? Venue, string? Date)
{
    public static TitleBlockLines Of(TalkMetadata metadata) => new(
        metadata.Title ?? string.Empty,
        metadata.Subtitle,
        metadata.Authors.Select(a => a.Institute is null ? a.DisplayName : $"{a.DisplayName}, {a.Institute}").ToList(),
        metadata.Venue,
        metadata.Date is { } date ? TalkHtml.FormatDate(date) : null);

    /// <summary>The lines below the title, in order.</summary>
    public IEnumerable<string> Below()
    {
        if (Subtitle is not null)
        {
            yield return Subtitle;
        }

        foreach (var author in Authors)
        {
            yield return author;
        }

        if (Venue is not null)
        {
            yield return Venue;
        }

        if (Date is not null)
        {
            yield return Date;
        }
    }
}
