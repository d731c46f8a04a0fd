using System;
using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). Expands Include items in place, as lamd's include guards do: each part
// at most once per talk in each output (lamd's slides and notes builds each set their own guards, and an
// include inside \notes{} is read by the notes build only: Include(part, shownIn: …), see OneOutput); an
// include of a part already on the expansion stack is a cycle.

internal static class PartExpander
{
    /// <summary>
    /// Returns the body with each included part's items following its Include item, restricted to the outputs
    /// the part is expanded for (<see cref="OneOutput.Restrict"/>). The Include items stay (marked Expanded,
    /// Duplicate, Cycle or Unresolved) so rules can report on them.
    /// </summary>
    /// <param name="resolve">The items of a part by key, or null when the part is unknown.</param>
    public static List<RuleItem> Expand(IReadOnlyList<RuleItem> body, Func<string, IReadOnlyList<RuleItem>?> resolve)
    {
        var result = new List<RuleItem>(body.Count);
        var included = new Included();
        var stack = new List<string>();
        Expand(body, resolve, result, included, stack, ContentTarget.Both);
        return result;
    }

    private static void Expand(IReadOnlyList<RuleItem> items, Func<string, IReadOnlyList<RuleItem>?> resolve, List<RuleItem> result, Included included, List<string> stack, ContentTarget scope)
    {
        foreach (var item in items)
        {
            if (item.Kind != RuleItemKind.Include || item.PartKey is null)
            {
                result.Add(item);
                continue;
            }

            var key = item.PartKey;
            var cycleStart = stack.IndexOf(key);
            if (cycleStart >= 0)
            {
                var path = new List<string>();
                for (var i = cycleStart; i < stack.Count; i++)
                {
                    path.Add(stack[i]);
                }
                path.Add(key);
                result.Add(item.WithIncludeState(IncludeState.Cycle, string.Join(" -> ", path)));
                continue;
            }

            if (!OneOutput.TryIntersect(scope, item.Target, out var shownIn))
            {
                result.Add(item); // shown in no output (a slides-only include in a notes-only part): neither build reads it
                continue;
            }

            var inSlides = shownIn != ContentTarget.Notes && !included.Slides.Contains(key);
            var inNotes = shownIn != ContentTarget.Slides && !included.Notes.Contains(key);
            if (!inSlides && !inNotes)
            {
                result.Add(item.WithIncludeState(IncludeState.Duplicate));
                continue;
            }

            var partItems = resolve(key);
            if (partItems is null)
            {
                result.Add(item.WithIncludeState(IncludeState.Unresolved));
                continue;
            }

            if (inSlides)
            {
                included.Slides.Add(key);
            }

            if (inNotes)
            {
                included.Notes.Add(key);
            }

            // Expanded for the outputs that have not read it yet: the part's items show there only.
            var expandedFor = inSlides && inNotes ? ContentTarget.Both : inSlides ? ContentTarget.Slides : ContentTarget.Notes;
            result.Add(item);
            stack.Add(key);
            var start = result.Count;
            Expand(partItems, resolve, result, included, stack, expandedFor);
            stack.RemoveAt(stack.Count - 1);
            if (expandedFor != ContentTarget.Both)
            {
                var expanded = result.GetRange(start, result.Count - start);
                result.RemoveRange(start, expanded.Count);
                foreach (var partItem in expanded)
                {
                    if (OneOutput.Restrict(partItem, expandedFor) is { } shown)
                    {
                        result.Add(shown);
                    }
                }
            }
        }
    }

    /// <summary>The parts each output has read so far, by key.</summary>
    private sealed class Included
    {
        public HashSet<string> Slides { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Notes { get; } = new(StringComparer.Ordinal);
    }
}
