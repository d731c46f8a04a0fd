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

            var items = RuleModelBuilder.Expand(talk.Key, chain.Steps, parts.Find);
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
            return new TalkToGenerate(talk.Type, talk.MemberName, talk.IsProperty, name, sections, outline, chain.Header, Events(chain.Steps, parts), needs);
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

        /// <summary>
        /// A part with its replay: its own calls in order, an include of a part with a replay member as a call of
        /// that member. Null events when the part has none (see <see cref="PartTable.IsReplayable"/>).
        /// </summary>
        public static PartToGenerate ResolvePart(MemberInfo part, PartTable parts)
        {
            var info = Parser.ToPart(part.Key, part.MemberName, part.Chain, part.Type);
            if (!parts.IsReplayable(part.Key))
            {
                return new PartToGenerate(part.Type, part.MemberName, info, null);
            }

            var events = info.Steps
                .Select(step => step.Kind == StepKind.Include ? new TalkEvent(step, parts.Find(step.PartKey!)!.Replayer) : new TalkEvent(step))
                .ToEquatableArray();
            return new PartToGenerate(part.Type, part.MemberName, info, events);
        }

        /// <summary>
        /// The calls that replay the talk (<c>TalkReplay.Replay</c> sends the same writer events): its own calls in
        /// order; an include of a part with a replay member as a call of that member; a part without one (a
        /// referenced assembly's) expanded in place at each include, guarded as a replay member is (the replay
        /// includes it once per output, in the include's output), as <see cref="PartExpander"/> expands them.
        /// </summary>
        private static EquatableArray<TalkEvent> Events(IReadOnlyList<StepInfo> steps, PartTable parts)
        {
            var events = new List<TalkEvent>(steps.Count);
            AddEvents(steps, parts, events, new HashSet<string>(System.StringComparer.Ordinal));
            return events.ToEquatableArray();
        }

        /// <param name="expanding">The parts being expanded: an include of one of them is a cycle (TALK006), left out.</param>
        private static void AddEvents(IReadOnlyList<StepInfo> steps, PartTable parts, List<TalkEvent> events, HashSet<string> expanding)
        {
            foreach (var step in steps)
            {
                if (step.Kind != StepKind.Include)
                {
                    events.Add(new TalkEvent(step));
                }
                else if (step.PartKey is { } key && parts.Find(key) is { IsOpaque: false } part)
                {
                    if (parts.IsReplayable(key))
                    {
                        events.Add(new TalkEvent(step, part.Replayer));
                    }
                    else if (expanding.Add(key))
                    {
                        events.Add(new TalkEvent(step) { Inline = InlinePart.Open });
                        AddEvents(part.Steps, parts, events, expanding);
                        events.Add(new TalkEvent(step) { Inline = InlinePart.Close });
                        expanding.Remove(key);
                    }
                }
            }
        }
    }
}
