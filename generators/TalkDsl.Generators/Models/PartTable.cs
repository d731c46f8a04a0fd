using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>
/// Every part a talk of this compilation can include, by key: the join of the <c>[TalkPart]</c>s in source
/// with the manifests of referenced assemblies. Compares by content, so an edit that leaves every part as it
/// was leaves every talk cached.
/// </summary>
internal sealed class PartTable : IEquatable<PartTable>
{
    private readonly Lazy<Dictionary<string, PartInfo>> _byKey;
    private readonly Lazy<HashSet<string>> _replayable;

    public PartTable(EquatableArray<PartInfo> parts)
    {
        Parts = parts;
        _byKey = new Lazy<Dictionary<string, PartInfo>>(() =>
        {
            var byKey = new Dictionary<string, PartInfo>(StringComparer.Ordinal);
            foreach (var part in Parts)
            {
                // Source is listed first, so it wins over a stale manifest of the same member.
                if (!byKey.ContainsKey(part.Key))
                {
                    byKey.Add(part.Key, part);
                }
            }

            return byKey;
        });
        _replayable = new Lazy<HashSet<string>>(FindReplayable);
    }

    public EquatableArray<PartInfo> Parts { get; }

    public static PartTable Create(ImmutableArray<PartInfo> source, EquatableArray<PartInfo> referenced)
    {
        var sorted = new List<PartInfo>(source);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        sorted.AddRange(referenced);
        return new PartTable(sorted.ToEquatableArray());
    }

    /// <summary>
    /// The table of the parts these steps include, and the parts those include, and so on: all a talk or a part
    /// reads of the table. A talk's step is re-run only when this changes, so editing a part re-resolves only
    /// the talks and parts that reach it.
    /// </summary>
    /// <param name="self">A part's own key, so its replayability is answered as in the whole table.</param>
    public PartTable Reachable(EquatableArray<StepInfo> steps, string? self = null)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        if (self is not null)
        {
            pending.Push(self);
        }

        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Include && step.PartKey is { } key)
            {
                pending.Push(key);
            }
        }

        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (!reached.Add(key) || Find(key) is not { } part)
            {
                continue;
            }

            foreach (var step in part.Steps)
            {
                if (step.Kind == StepKind.Include && step.PartKey is { } included)
                {
                    pending.Push(included);
                }
            }
        }

        return new PartTable(Parts.Where(part => reached.Contains(part.Key)).ToEquatableArray());
    }

    public PartInfo? Find(string key) => _byKey.Value.TryGetValue(key, out var part) ? part : null;

    /// <summary>
    /// Whether the part has a generated replay member: it is declared in this compilation, every value of it is
    /// a constant, and every part it includes has one too (so its member can call theirs).
    /// </summary>
    public bool IsReplayable(string key) => _replayable.Value.Contains(key);

    /// <summary>The replayable parts: the constant source parts, less, until nothing changes, those that include one that is not.</summary>
    private HashSet<string> FindReplayable()
    {
        var candidates = new Dictionary<string, PartInfo>(StringComparer.Ordinal);
        foreach (var part in _byKey.Value.Values)
        {
            if (part is { IsOpaque: false, Replayer: not null } && part.Steps.All(s => s.State == ValueState.Constant && (s.Kind != StepKind.Include || s.PartKey is not null)))
            {
                candidates.Add(part.Key, part);
            }
        }

        for (var removed = true; removed;)
        {
            removed = false;
            foreach (var part in candidates.Values.ToList())
            {
                if (part.Steps.Any(s => s.Kind == StepKind.Include && !candidates.ContainsKey(s.PartKey!)))
                {
                    candidates.Remove(part.Key);
                    removed = true;
                }
            }
        }

        return new HashSet<string>(candidates.Keys, StringComparer.Ordinal);
    }

    public bool Equals(PartTable? other) => other is not null && Parts.Equals(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as PartTable);

    public override int GetHashCode() => Parts.GetHashCode();
}
