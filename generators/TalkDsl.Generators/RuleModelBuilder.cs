using System;
using System.Collections.Generic;
using System.Linq;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

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
    /// <summary>The body of <paramref name="ownerKey"/>, parts expanded in place, each call as the rule items it counts as.</summary>
    /// <param name="nestedIncludesOnly">Expand included parts to their includes only: enough to find cycles
    /// while checking a part on its own, without reporting its parts' content as its own.</param>
    public static List<RuleItem> Expand(string ownerKey, IReadOnlyList<StepInfo> steps, Func<string, PartInfo?> findPart, bool nestedIncludesOnly = false) =>
        ItemsOf(ExpandCalls(ownerKey, steps, findPart, nestedIncludesOnly));

    /// <summary>Each call of an expanded body (see <see cref="ExpandCalls"/>) as the rule items it counts as.</summary>
    public static List<RuleItem> ItemsOf(IReadOnlyList<RuleItem> calls)
    {
        var items = new List<RuleItem>(calls.Count);
        foreach (var call in calls)
        {
            if (call.Kind == RuleItemKind.Include)
            {
                items.Add(call);
            }
            else
            {
                // The placeholder's target is where the includes around the call show it (OneOutput, as Talk.Expand does).
                foreach (var item in ToItems((ItemTag)call.Tag!))
                {
                    if (OneOutput.Restrict(item, call.Target) is { } shown)
                    {
                        items.Add(shown);
                    }
                }
            }
        }

        return items;
    }

    /// <summary>
    /// The body with parts expanded, one item per call (as <c>Talk</c> expands its steps at run time): an include
    /// as itself, any other call as a placeholder whose <see cref="ItemTag"/> holds the step. The rule items of a
    /// call share its tag, so the replay can find a heading's anchor by the tag.
    /// </summary>
    public static List<RuleItem> ExpandCalls(string ownerKey, IReadOnlyList<StepInfo> steps, Func<string, PartInfo?> findPart, bool nestedIncludesOnly = false)
    {
        var own = CallItems(ownerKey, steps, findPart, includesOnly: false);
        return PartExpander.Expand(own, key => findPart(key) is { IsOpaque: false } part ? CallItems(part.Key, part.Steps, findPart, nestedIncludesOnly) : null);
    }

    /// <summary>The whole talk for <see cref="TalkRules.Check"/>.</summary>
    /// <param name="findBibliography">The project's <c>.bib</c> file at a full path ('/' separated), read; null when the project has none there.</param>
    /// <param name="findNotation">The project's notation file at a full path, read (null when the project has none there); null where files cannot be looked at (the generator), and TALK022 does not run.</param>
    public static RuleTalk BuildTalk(string key, ChainInfo chain, LocationInfo? memberLocation, Func<string, PartInfo?> findPart, Func<string, BibFile?>? findBibliography = null, Func<string, NotationFileContent?>? findNotation = null) =>
        BuildTalk(key, chain, memberLocation, Expand(key, chain.Steps, findPart), findBibliography, findNotation);

    /// <summary>The whole talk for <see cref="TalkRules.Check"/>, its body already expanded.</summary>
    public static RuleTalk BuildTalk(string key, ChainInfo chain, LocationInfo? memberLocation, List<RuleItem> items, Func<string, BibFile?>? findBibliography = null, Func<string, NotationFileContent?>? findNotation = null)
    {
        var header = chain.Header;
        ItemTag Tag(LocationInfo? call, LocationInfo? argument = null) => new(key, -1, null, call, argument);

        var talk = new RuleTalk(items)
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

        foreach (var named in header.Bibliographies)
        {
            var full = BibliographyPaths.Resolve(named.SourceFile, named.Path);
            talk.Bibliographies.Add(new RuleNamedFile<BibFile>(named.Path, full, Tag(named.Argument ?? named.Call, named.Argument), findBibliography?.Invoke(full)));
        }

        foreach (var named in findNotation is null ? Enumerable.Empty<BibliographyInfo>() : header.NotationFiles)
        {
            var full = BibliographyPaths.Resolve(named.SourceFile, named.Path);
            talk.NotationFiles.Add(new RuleNamedFile<NotationFileContent>(named.Path, full, Tag(named.Argument ?? named.Call, named.Argument), findNotation!(full)));
        }

        talk.DescribeTag = tag => tag is ItemTag { Call: { } call } ? Describe(call) : null;

        return talk;
    }

    /// <summary>How a message names a call's place: "line 12 of Talk.cs", the words the run time uses too.</summary>
    public static string Describe(LocationInfo location)
    {
        var path = location.FilePath.Replace('\\', '/');
        return "line " + (location.StartLine + 1) + " of " + path.Substring(path.LastIndexOf('/') + 1);
    }

    private static List<RuleItem> CallItems(string owner, IReadOnlyList<StepInfo> steps, Func<string, PartInfo?> findPart, bool includesOnly)
    {
        var items = new List<RuleItem>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (includesOnly && (step.Kind != StepKind.Include || step.State != ValueState.Constant))
            {
                continue;
            }

            var tag = new ItemTag(owner, i, step, step.Call, step.Argument);
            if (step.Kind == StepKind.Include)
            {
                var part = step.PartKey is null ? null : findPart(step.PartKey);
                var name = part?.Name ?? step.PartName ?? "part";

                // A part the compilation cannot see into (unknown, opaque, or computed) is checked at run time.
                items.Add(RuleItem.Include(part is { IsOpaque: false } ? part.Key : null, name, tag, step.Target));
            }
            else
            {
                items.Add(RuleItem.Content(ContentTarget.Both, string.Empty, tag));
            }
        }

        return items;
    }

    /// <summary>What one call counts as: the run time's mapping (<see cref="TypedRuleItems"/> for the typed calls).</summary>
    private static IEnumerable<RuleItem> ToItems(ItemTag tag)
    {
        var step = tag.Step!;
        switch (step.Kind)
        {
            case StepKind.Heading:
                return new[] { RuleItem.Heading(step.Level, step.Text, tag, step.State == ValueState.Dynamic, step.Target) };
            case StepKind.Content:
                // A refused (null) content is not "dynamic": the builder throws for it, so it is just empty here.
                return new[] { RuleItem.Content(step.Target, step.State == ValueState.Dynamic ? null : step.Text ?? string.Empty, tag) };
            case StepKind.Thanks:
                return new[] { RuleItem.Thanks(tag) };
            case StepKind.References:
                return new[] { RuleItem.References(tag) };
            default:
                return TypedItems(tag, step);
        }
    }

    private static IEnumerable<RuleItem> TypedItems(ItemTag tag, StepInfo step)
    {
        // The media the rules read: the leaves of groups and divs, in order (Talk.Validate() reads the same).
        List<RuleMedia> Media(int index)
        {
            var leaves = new List<RuleMedia>();
            if (index >= step.Media.Count)
            {
                leaves.Add(new RuleMedia(RuleMediaKind.Markdown, null, tag));
                return leaves;
            }

            void Add(MediaInfo media)
            {
                if (media.Kind is RuleMediaKind.Group or RuleMediaKind.Div)
                {
                    foreach (var item in media.Items)
                    {
                        Add(item);
                    }

                    return;
                }

                leaves.Add(new RuleMedia(
                    media.Kind,
                    media.Text,
                    new ItemTag(tag.Owner, tag.Index, step, step.Call, media.Where),
                    media.Text,

                    // An alt computed at run time is one: Validate() checks it when the talk is built; a refused
                    // call (TALK014) never builds, so it is not asked for one either.
                    step.State == ValueState.Constant ? media.Alt : media.Alt ?? "(not known)"));
            }

            Add(step.Media[index]);
            return leaves;
        }

        var items = step.Kind switch
        {
            StepKind.Media => TypedRuleItems.Media(Media(0), CallName(step)),
            StepKind.Figure => TypedRuleItems.Figure(Media(0), step.Text, tag),
            StepKind.Columns => TypedRuleItems.Columns(Media(0), Media(1)),
            StepKind.Fragment => TypedRuleItems.Fragment(step.Text, tag),
            StepKind.SlideText => TypedRuleItems.SlideText(step.SlideTextKind, step.Text, tag),
            StepKind.Animation => TypedRuleItems.Animation(AnimationFrames(tag, step, Media), step.Target),
            StepKind.Code => TypedRuleItems.Code(step.CodeKind, step.Text, step.OnSlides, tag),
            _ => TypedRuleItems.EditLink(),
        };

        // A media call shown in one output only (shownIn:) counts there only, as Talk.Expand restricts the built block.
        if (step.Kind is StepKind.Media or StepKind.Figure or StepKind.Columns && step.Target != ContentTarget.Both)
        {
            items = items.Select(item => OneOutput.Restrict(item, step.Target)).OfType<RuleItem>().ToArray();
        }

        // A refused call (TALK014) never builds: TALK020 would be one more finding about a call that cannot stand.
        if (step.State == ValueState.Invalid)
        {
            foreach (var item in items)
            {
                item.MissingAlternative = null;
            }
        }

        // A value computed at run time that no item shows (an image's path, a label, a language) still makes the
        // call dynamic: a marker says so (TALK012), ahead of the call's items.
        if (step.State == ValueState.Dynamic && !items.Any(item => item.IsDynamic))
        {
            return new[] { RuleItem.Computed(CallName(step), new ItemTag(tag.Owner, tag.Index, step, step.Call, step.DynamicArgument)) }.Concat(items);
        }

        return items;
    }

    /// <summary>An animation's frames; frames computed at run time are one frame of content not known yet, where the list is (TALK012).</summary>
    private static List<IReadOnlyList<RuleMedia>> AnimationFrames(ItemTag tag, StepInfo step, System.Func<int, List<RuleMedia>> media) =>
        step.Media.Count == 0 && step.State == ValueState.Dynamic
            ? new List<IReadOnlyList<RuleMedia>> { new List<RuleMedia> { new RuleMedia(RuleMediaKind.Markdown, null, new ItemTag(tag.Owner, tag.Index, step, step.Call, step.DynamicArgument)) } }
            : Enumerable.Range(0, step.Media.Count).Select(index => (IReadOnlyList<RuleMedia>)media(index)).ToList();

    /// <summary>How a message names a typed call.</summary>
    private static string CallName(StepInfo step) => step.Kind switch
    {
        StepKind.Media when step.Media.Count > 0 && step.Media[0].Kind == RuleMediaKind.Div => step.Media[0].Align is null ? "Div" : "Align",
        StepKind.Media => step.Media.Count > 0 && step.Media[0].Kind == RuleMediaKind.YouTube ? "YouTube" : "Image",
        StepKind.EditLink => "EditMe",
        StepKind.SlideText => step.SlideTextKind == SlideTextKind.Small ? "SlidesSmall" : "Incremental",
        _ => step.Kind.ToString(),
    };
}
