using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

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
            try
            {
                return ResolveChain(talk, parts, cancellationToken);
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // Never fail the build from here: building the talk at run time is always correct.
                return RunTimeOnly(talk, EquatableArray<SectionConstant>.Empty);
            }
        }

        private static TalkToGenerate RunTimeOnly(MemberInfo talk, EquatableArray<SectionConstant> sections) =>
            new(talk.Type, talk.MemberName, talk.IsProperty, talk.Type.Name, sections, null, null, EquatableArray<TalkEvent>.Empty);

        private static TalkToGenerate ResolveChain(MemberInfo talk, PartTable parts, CancellationToken cancellationToken)
        {
            var chain = talk.Chain!;
            var name = talk.Type.Name;
            if (chain.IsOpaque)
            {
                return RunTimeOnly(talk, EquatableArray<SectionConstant>.Empty);
            }

            var calls = RuleModelBuilder.ExpandCalls(talk.Key, chain.Steps, parts.Find);
            var items = RuleModelBuilder.ItemsOf(calls);
            var ruleTalk = RuleModelBuilder.BuildTalk(talk.Key, chain, null, items);
            cancellationToken.ThrowIfCancellationRequested();
            var anchors = HeadingAnchors.Assign(items);
            var sections = SectionNames.Assign(anchors);
            var isConstant = chain.Header.IsConstant && items.All(item => !item.IsDynamic) && AllConstant(chain.Steps, parts, new HashSet<string>(System.StringComparer.Ordinal));
            if (!isConstant)
            {
                return RunTimeOnly(talk, sections);
            }

            var outline = Outline(chain.Header.Title ?? string.Empty, items, anchors);
            // Keys are looked up in the project's .bib files after this step (Cite), which builds at run time a talk citing a key they lack.
            var namesBibliographies = chain.Header.Bibliographies.Count > 0;
            var hasErrors = TalkRules.Check(ruleTalk, RuleSettings.Default)
                .Any(v => v.Descriptor.Severity == RuleSeverity.Error && !(namesBibliographies && v.Descriptor.Id == RuleIds.UnknownCitation));
            if (hasErrors)
            {
                // The built talk throws listing every error, as the run time does; replaying would hide them.
                return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, outline, null, EquatableArray<TalkEvent>.Empty);
            }

            var needs = !namesBibliographies
                ? null
                : new CitationNeeds(
                    chain.Header.Bibliographies.Select(b => BibliographyPaths.Resolve(b.SourceFile, b.Path)).ToEquatableArray(),
                    ReferenceRules.CitedKeys(items).ToEquatableArray());
            return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, outline, chain.Header, Events(calls, anchors), needs);
        }

        /// <summary>
        /// A replayed talk that names bibliographies, with the entries it cites from the project's <c>.bib</c>
        /// files; built at run time instead when one is missing. Talks that cite nothing pass through as they are,
        /// so an edit of a <c>.bib</c> changes only the talks whose cited entries it changes.
        /// </summary>
        public static TalkToGenerate Cite(TalkToGenerate talk, BibliographyTable bibliographies) =>
            talk.Needs is not { } needs ? talk
            : bibliographies.Cite(needs) is { } cited ? talk with { Cited = cited }
            : talk with { Metadata = null, Events = EquatableArray<TalkEvent>.Empty, Needs = null };

        /// <summary>
        /// Whether every call of these steps, and of every part they include, holds constants the builder accepts.
        /// A part counts even when its include is skipped as a repeat: the run time builds the part value anyway.
        /// </summary>
        private static bool AllConstant(IReadOnlyList<StepInfo> steps, PartTable parts, HashSet<string> visited)
        {
            foreach (var step in steps)
            {
                if (step.State != ValueState.Constant)
                {
                    return false;
                }

                if (step.Kind == StepKind.Include && step.PartKey is { } key && visited.Add(key) && parts.Find(key) is { } part && !AllConstant(part.Steps, parts, visited))
                {
                    return false;
                }
            }

            return true;
        }

        private static OutlineInfo Outline(string title, IReadOnlyList<RuleItem> items, List<HeadingAnchor> anchors)
        {
            var estimate = TalkEstimate.Compute(items, RuleSettings.Default);
            var headings = anchors.Select(a => new OutlineHeadingInfo(a.Level, a.Title!, a.Anchor!)).ToEquatableArray();
            var seconds = System.Math.Round(estimate.EstimatedSeconds);
            return new OutlineInfo(title, headings, estimate.SlideCount, estimate.SlideWords, estimate.NotesWords, estimate.SpeakerNotesWords, (long)(seconds * System.TimeSpan.TicksPerSecond));
        }

        /// <summary>The writer calls <c>TalkReplay.Replay</c> makes for the built talk, in order: one per call, with its anchor.</summary>
        private static EquatableArray<TalkEvent> Events(IReadOnlyList<RuleItem> calls, List<HeadingAnchor> anchors)
        {
            var anchorOf = new Dictionary<ItemTag, string?>();
            foreach (var anchor in anchors)
            {
                anchorOf[(ItemTag)anchor.Item.Tag!] = anchor.Anchor;
            }

            var events = new List<TalkEvent>(calls.Count);
            foreach (var call in calls)
            {
                if (call.Kind != RuleItemKind.Include && call.Tag is ItemTag tag)
                {
                    events.Add(new TalkEvent(tag.Step!, anchorOf.TryGetValue(tag, out var anchor) ? anchor : null));
                }
            }

            return events.ToEquatableArray();
        }
    }
}
