using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    /// <summary>
    /// Joins a talk with the parts it includes and decides what to emit: the anchors, the outline, and —
    /// when every value is a constant and the rules find no error — the replay of writer events.
    /// </summary>
    internal static class Resolver
    {
        public static TalkToGenerate Resolve(MemberInfo talk, PartTable parts, CancellationToken cancellationToken)
        {
            var chain = talk.Chain!;
            var name = talk.Type.Name;
            if (chain.IsOpaque)
            {
                return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, EquatableArray<SectionConstant>.Empty, null, null, EquatableArray<TalkEvent>.Empty);
            }

            var ruleTalk = RuleModelBuilder.BuildTalk(talk.Key, chain, null, parts.Find);
            cancellationToken.ThrowIfCancellationRequested();
            var anchors = HeadingAnchors.Assign(ruleTalk.Items);
            var sections = SectionNames.Assign(anchors);
            var isConstant = chain.Header.IsConstant && ruleTalk.Items.All(IsConstant);
            if (!isConstant)
            {
                return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, null, null, EquatableArray<TalkEvent>.Empty);
            }

            var outline = Outline(chain.Header.Title ?? string.Empty, ruleTalk.Items, anchors);
            var hasErrors = TalkRules.Check(ruleTalk, RuleSettings.Default).Any(v => v.Descriptor.Severity == RuleSeverity.Error);
            if (hasErrors)
            {
                // The built talk throws listing every error, as the run time does; replaying would hide them.
                return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, outline, null, EquatableArray<TalkEvent>.Empty);
            }

            return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, outline, chain.Header, Events(ruleTalk.Items, anchors));
        }

        private static bool IsConstant(RuleItem item) =>
            !item.IsDynamic && (item.Tag as ItemTag)?.Step?.State != ValueState.Invalid;

        private static OutlineInfo Outline(string title, IReadOnlyList<RuleItem> items, List<HeadingAnchor> anchors)
        {
            var estimate = TalkEstimate.Compute(items, RuleSettings.Default);
            var headings = anchors.Select(a => new OutlineHeadingInfo(a.Level, a.Title!, a.Anchor!)).ToEquatableArray();
            var seconds = System.Math.Round(estimate.EstimatedSeconds);
            return new OutlineInfo(title, headings, estimate.SlideCount, estimate.SlideWords, estimate.NotesWords, estimate.SpeakerNotesWords, (long)(seconds * System.TimeSpan.TicksPerSecond));
        }

        /// <summary>The writer calls <c>TalkReplay.Replay</c> makes for the built talk, in order.</summary>
        private static EquatableArray<TalkEvent> Events(IReadOnlyList<RuleItem> items, List<HeadingAnchor> anchors)
        {
            var anchorOf = anchors.ToDictionary(a => a.Item, a => a.Anchor);
            var events = new List<TalkEvent>();
            foreach (var item in items)
            {
                switch (item.Kind)
                {
                    case RuleItemKind.Heading:
                        anchorOf.TryGetValue(item, out var anchor);
                        events.Add(new TalkEvent(TalkEventKind.Heading, item.Level, default, item.Text, anchor, false));
                        break;
                    case RuleItemKind.Content:
                        var allowHtml = ((ItemTag)item.Tag!).Step!.AllowHtml;
                        events.Add(new TalkEvent(TalkEventKind.Content, default, item.Target, item.Text, null, allowHtml));
                        break;
                    case RuleItemKind.Thanks:
                        events.Add(new TalkEvent(TalkEventKind.Thanks, default, default, null, anchorOf[item], false));
                        break;
                    case RuleItemKind.References:
                        events.Add(new TalkEvent(TalkEventKind.References, default, default, null, anchorOf[item], false));
                        break;
                }
            }

            return events.ToEquatableArray();
        }
    }
}
