using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Helpers;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Models;

/// <summary>One <c>.bib</c> of the project (an <c>AdditionalFile</c>): its full path ('/' separated) and its entries, the first of each key.</summary>
internal sealed record BibFileInfo(string Path, EquatableArray<BibReference> References)
{
    public static bool IsBibliography(AdditionalText file) => file.Path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase);

    public static BibFileInfo Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var read = BibTexReader.Read(file.GetText(cancellationToken)?.ToString() ?? string.Empty);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new BibFileInfo(
            BibliographyPaths.Normalize(file.Path),
            read.Records.Where(record => seen.Add(record.Key)).Select(BibReference.From).ToEquatableArray());
    }
}

/// <summary>What a talk needs from the project's bibliographies: the files it names (full paths, in order) and the keys it cites (in the order first cited).</summary>
internal sealed record CitationNeeds(EquatableArray<string> Files, EquatableArray<string> Keys);

/// <summary>
/// Every <c>.bib</c> of the project, equal to another with the same files: a talk looks its keys up here, each
/// in the first file it names that has it, as <c>Talk.Build()</c> does at run time. Files match by path
/// ignoring case, as the analyzer's do.
/// </summary>
internal sealed class BibliographyTable : IEquatable<BibliographyTable>
{
    private readonly EquatableArray<BibFileInfo> _files;

    private readonly Lazy<Dictionary<string, Dictionary<string, BibReference>>> _byPath;

    public BibliographyTable(EquatableArray<BibFileInfo> files)
    {
        _files = files;
        _byPath = new Lazy<Dictionary<string, Dictionary<string, BibReference>>>(() =>
        {
            var byPath = new Dictionary<string, Dictionary<string, BibReference>>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in _files)
            {
                byPath[file.Path] = file.References.ToDictionary(r => r.Key, StringComparer.Ordinal);
            }

            return byPath;
        });
    }

    public EquatableArray<BibFileInfo> Files => _files;

    /// <summary>
    /// The entries <paramref name="needs"/> cites, in its order; null when a file it names is not among the
    /// project's, or a key is in none of its files (the talk is then built at run time, which reports it).
    /// </summary>
    public EquatableArray<BibReference>? Cite(CitationNeeds needs)
    {
        var files = new List<Dictionary<string, BibReference>>();
        foreach (var path in needs.Files)
        {
            if (!_byPath.Value.TryGetValue(path, out var file))
            {
                return null;
            }

            files.Add(file);
        }

        var cited = new List<BibReference>();
        foreach (var key in needs.Keys)
        {
            var found = files.Select(file => file.TryGetValue(key, out var reference) ? reference : null).FirstOrDefault(r => r is not null);
            if (found is null)
            {
                return null;
            }

            cited.Add(found);
        }

        return cited.ToEquatableArray();
    }

    public bool Equals(BibliographyTable? other) => other is not null && _files.Equals(other._files);

    public override bool Equals(object? obj) => Equals(obj as BibliographyTable);

    public override int GetHashCode() => _files.GetHashCode();
}
