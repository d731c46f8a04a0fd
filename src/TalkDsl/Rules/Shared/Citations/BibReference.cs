using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). What the author–date style shows of one BibTeX entry, read once from
// its record: the run time's BibliographyEntry is made from it, and the generator keeps it in its pipeline
// (value-equal, so an edit of a .bib re-emits only the talks whose cited entries changed).

/// <summary>One entry's fields as plain text (macros, crossrefs and LaTeX resolved); <see cref="Type"/> is the BibTeX type, lower case.</summary>
internal sealed record BibReference(
    string Key,
    string Type,
    BibNameList Authors,
    BibNameList Editors,
    string? Title,
    string? Container,
    string? Year,
    string? Volume,
    string? Pages,
    string? Publisher,
    string? Place,
    string? Genre,
    string? Doi,
    string? Url)
{
    public static BibReference From(BibRecord record)
    {
        var type = record.Type;
        var container = type == "article" ? record.Text("journal") : record.Text("booktitle") ?? record.Text("journal");
        var publisher = record.Text("publisher") ?? record.Text("school") ?? record.Text("institution") ?? record.Text("organization");
        var genre = type switch
        {
            "phdthesis" => "PhD thesis",
            "mastersthesis" => "Master's thesis",
            "techreport" => record.Text("type"),
            _ => null,
        };
        return new BibReference(
            record.Key,
            type,
            new BibNameList(record.Names("author")),
            new BibNameList(record.Names("editor")),
            record.Text("title"),
            container,
            ReadYear(record),
            record.Text("volume"),
            record.Text("pages"),
            publisher,
            record.Text("address") ?? record.Text("location"),
            genre,
            Address(record, "doi") is { } doi ? StripDoiResolver(doi) : null,
            Address(record, "url"));
    }

    private static string? ReadYear(BibRecord record)
    {
        var year = record.Text("year") ?? record.Text("date");
        if (year is null)
        {
            return null;
        }

        var digits = new string(year.TakeWhile(char.IsDigit).ToArray());
        return digits.Length == 4 ? digits : year;
    }

    /// <summary>An address as written: LaTeX's ~ and -- mean nothing in a URL or DOI; braces and \_ escapes go.</summary>
    private static string? Address(BibRecord record, string field) =>
        record.Fields.TryGetValue(field, out var raw) && raw.Replace("{", string.Empty).Replace("}", string.Empty).Replace("\\_", "_").Replace("\\%", "%").Replace("\\&", "&").Trim() is { Length: > 0 } address
            ? address
            : null;

    private static string StripDoiResolver(string doi)
    {
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi.Substring(prefix.Length);
            }
        }

        return doi;
    }
}

/// <summary>An author or editor list, equal to another with the same names in the same order.</summary>
internal sealed class BibNameList : IReadOnlyList<BibName>, IEquatable<BibNameList>
{
    private readonly BibName[] _names;

    public BibNameList(IEnumerable<BibName> names) => _names = names.ToArray();

    public int Count => _names.Length;

    public BibName this[int index] => _names[index];

    public bool Equals(BibNameList? other) =>
        other is not null && other._names.Length == _names.Length
        && _names.Zip(other._names, (a, b) => a.Given == b.Given && a.Family == b.Family && a.IsOthers == b.IsOthers).All(same => same);

    public override bool Equals(object? obj) => Equals(obj as BibNameList);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var name in _names)
        {
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(name.Family);
        }

        return hash;
    }

    public IEnumerator<BibName> GetEnumerator() => ((IEnumerable<BibName>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _names.GetEnumerator();
}
