using System;
using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). Expands Include items in place, as lamd's include guards do:
// each part at most once per talk; an include of a part already on the expansion stack is a cycle.

internal static class PartExpander
{
    /// <summary>
    /// Returns the body with each included part's items following its Include item. The Include items
    /// stay (marked Expanded, Duplicate, Cycle or Unresolved) so rules can report on them.
    /// </summary>
    /// <param name="resolve">The items of a part by key, or null when the part is unknown.</param>
    public static List<RuleItem> Expand(IReadOnlyList<RuleItem> body, Func<string, IReadOnlyList<RuleItem>?> resolve)
    {
        var result = new List<RuleItem>(body.Count);
        var included = new HashSet<string>(StringComparer.Ordinal);
        var stack = new List<string>();
        Expand(body, resolve, result, included, stack);
        return result;
    }

    private static void Expand(IReadOnlyList<RuleItem> items, Func<string, IReadOnlyList<RuleItem>?> resolve, List<RuleItem> result, HashSet<string> included, List<string> stack)
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

            if (!included.Add(key))
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

            result.Add(item);
            stack.Add(key);
            Expand(partItems, resolve, result, included, stack);
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
