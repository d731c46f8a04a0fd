using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    }

    public EquatableArray<PartInfo> Parts { get; }

    public static PartTable Create(ImmutableArray<PartInfo> source, EquatableArray<PartInfo> referenced)
    {
        var sorted = new List<PartInfo>(source);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        sorted.AddRange(referenced);
        return new PartTable(sorted.ToEquatableArray());
    }

    public PartInfo? Find(string key) => _byKey.Value.TryGetValue(key, out var part) ? part : null;

    public bool Equals(PartTable? other) => other is not null && Parts.Equals(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as PartTable);

    public override int GetHashCode() => Parts.GetHashCode();
}
