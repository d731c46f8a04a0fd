using TalkDsl.Rules;

namespace TalkDsl.Model;

/// <summary>A heading of the outline: its level, title and anchor (pandoc's identifier).</summary>
public sealed record OutlineHeading(HeadingLevel Level, string Title, string Anchor);

/// <summary>
/// What a talk contains at a glance. The generator emits it as constants for each <c>[Talk]</c>;
/// <see cref="Talk.Outline()"/> computes the same at run time.
/// </summary>
public sealed record TalkOutline(
    string Title,
    ValueList<OutlineHeading> Headings,
    int SlideCount,
    int SlideWords,
    int NotesWords,
    int SpeakerNotesWords,
    TimeSpan EstimatedDuration)
{
    internal static TalkOutline From(string title, IReadOnlyList<RuleItem> items, RuleSettings settings)
    {
        var headings = HeadingAnchors.Assign(items)
            .Where(h => h.Title is not null)
            .Select(h => new OutlineHeading(h.Level, h.Title!, h.Anchor!))
            .ToList();

        var estimate = TalkEstimate.Compute(items, settings);
        return new TalkOutline(
            title,
            headings.ToValueList(),
            estimate.SlideCount,
            estimate.SlideWords,
            estimate.NotesWords,
            estimate.SpeakerNotesWords,
            TimeSpan.FromSeconds(Math.Round(estimate.EstimatedSeconds)));
    }
}
