using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). The anchors of a talk's notes headings, assigned in order the
// way TalkReplay assigns them, so the outline, the generated Sections constants and the generated
// renderers agree with the run-time replay.

/// <summary>A notes heading of an expanded body and its anchor.</summary>
internal sealed class HeadingAnchor
{
    public HeadingAnchor(RuleItem item, HeadingLevel level, string? title, string? anchor)
    {
        Item = item;
        Level = level;
        Title = title;
        Anchor = anchor;
    }

    public RuleItem Item { get; }

    /// <summary>The notes level: Thanks and References are subsections, as lamd writes them.</summary>
    public HeadingLevel Level { get; }

    /// <summary>The title; null when it is computed at run time.</summary>
    public string? Title { get; }

    /// <summary>The pandoc anchor; null when it cannot be known at compile time (this or an earlier title is dynamic).</summary>
    public string? Anchor { get; }
}

internal static class HeadingAnchors
{
    /// <summary>Every item that owns a notes heading (Section, Subsection, Subsubsection, Thanks, References), with its anchor.</summary>
    public static List<HeadingAnchor> Assign(IReadOnlyList<RuleItem> items)
    {
        var anchors = new PandocIdentifierSet();
        var known = true;
        var result = new List<HeadingAnchor>();
        foreach (var item in items)
        {
            if (!item.HasNotesHeading)
            {
                continue;
            }

            var title = TalkRules.HeadingTitle(item);
            known &= title is not null;
            var level = item.Kind == RuleItemKind.Heading ? item.Level : HeadingLevel.Subsection;
            result.Add(new HeadingAnchor(item, level, title, known ? anchors.Next(title!) : null));
        }

        return result;
    }
}
