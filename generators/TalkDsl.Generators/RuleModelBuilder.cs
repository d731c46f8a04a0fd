using System;
using System.Collections.Generic;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

/// <summary>
/// The tag each rule item carries: which member's body the call belongs to (<see cref="Owner"/>, a member
/// key), its index there, and the call as read. Rules hand it back untouched with each finding.
/// </summary>
internal sealed class ItemTag
{
    public ItemTag(string owner, int index, StepInfo? step, LocationInfo? call, LocationInfo? argument)
    {
        Owner = owner;
        Index = index;
        Step = step;
        Call = call;
        Argument = argument;
    }

    public string Owner { get; }

    /// <summary>The step's index in its owner's body; -1 for the header and the talk itself.</summary>
    public int Index { get; }

    public StepInfo? Step { get; }

    public LocationInfo? Call { get; }

    public LocationInfo? Argument { get; }
}

/// <summary>
/// Turns a chain read at compile time into the shared rule model (DESIGN §2: one rule set), expanding
/// includes with the same <see cref="PartExpander"/> the run time uses. The analyzer and the generator both
/// build talks here, so what is checked is exactly what is rendered.
/// </summary>
internal static class RuleModelBuilder
{
    /// <summary>The body of <paramref name="ownerKey"/>, parts expanded in place.</summary>
    /// <param name="nestedIncludesOnly">Expand included parts to their includes only: enough to find cycles
    /// while checking a part on its own, without reporting its parts' content as its own.</param>
    public static List<RuleItem> Expand(string ownerKey, IReadOnlyList<StepInfo> steps, Func<string, PartInfo?> findPart, bool nestedIncludesOnly = false)
    {
        var own = ToItems(ownerKey, steps, findPart, includesOnly: false);
        return PartExpander.Expand(own, key => findPart(key) is { IsOpaque: false } part ? ToItems(part.Key, part.Steps, findPart, nestedIncludesOnly) : null);
    }

    /// <summary>The whole talk for <see cref="TalkRules.Check"/>.</summary>
    public static RuleTalk BuildTalk(string key, ChainInfo chain, LocationInfo? memberLocation, Func<string, PartInfo?> findPart)
    {
        var header = chain.Header;
        ItemTag Tag(LocationInfo? call, LocationInfo? argument = null) => new(key, -1, null, call, argument);

        var talk = new RuleTalk(Expand(key, chain.Steps, findPart))
        {
            TalkTag = Tag(memberLocation),
            HasTitleCall = header.HasTitleCall,
            Title = header.Title,
            TitleIsDynamic = header.TitleIsDynamic,
            TitleTag = header.HasTitleCall ? Tag(header.TitleCall, header.TitleArgument) : null,
            Year = header.Year,
            Month = header.Month,
            Day = header.Day,
            DateTag = Tag(header.DateCall),
            DurationSeconds = header.DurationTicks / (double)TimeSpan.TicksPerSecond,
            DurationTag = Tag(header.DurationCall),
            DynamicHeaderCall = header.DynamicCall,
            DynamicHeaderTag = Tag(header.DynamicLocation, header.DynamicLocation),
        };
        foreach (var author in header.Authors)
        {
            talk.Authors.Add(new RuleAuthor(author.Url, author.Twitter, Tag(author.Call), Tag(author.Call, author.UrlArgument), Tag(author.Call, author.TwitterArgument)));
        }

        return talk;
    }

    private static List<RuleItem> ToItems(string owner, IReadOnlyList<StepInfo> steps, Func<string, PartInfo?> findPart, bool includesOnly)
    {
        var items = new List<RuleItem>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (includesOnly && (step.Kind != StepKind.Include || step.State != ValueState.Constant))
            {
                continue;
            }

            items.Add(ToItem(new ItemTag(owner, i, step, step.Call, step.Argument), step, findPart));
        }

        return items;
    }

    private static RuleItem ToItem(ItemTag tag, StepInfo step, Func<string, PartInfo?> findPart)
    {
        switch (step.Kind)
        {
            case StepKind.Heading:
                return RuleItem.Heading(step.Level, step.Text, tag, step.State == ValueState.Dynamic);
            case StepKind.Content:
                // A refused (null) content is not "dynamic": the builder throws for it, so it is just empty here.
                return RuleItem.Content(step.Target, step.State == ValueState.Dynamic ? null : step.Text ?? string.Empty, tag);
            case StepKind.Include:
                var part = step.PartKey is null ? null : findPart(step.PartKey);
                var name = part?.Name ?? step.PartName ?? "part";
                // A part the compilation cannot see into (unknown, opaque, or computed) is checked at run time.
                return RuleItem.Include(part is { IsOpaque: false } ? part.Key : null, name, tag);
            case StepKind.Thanks:
                return RuleItem.Thanks(tag);
            default:
                return RuleItem.References(tag);
        }
    }
}
