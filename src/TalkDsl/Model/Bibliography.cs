using TalkDsl.Rules.Citations;

namespace TalkDsl.Model;

/// <summary>A person (or, with no given name, a body such as a committee) named by a reference.</summary>
/// <param name="Given">The given names; null for a corporate author.</param>
/// <param name="Family">The family name with its particle ("van der Wilk"), or the corporate name.</param>
/// <param name="IsOthers">BibTeX's "and others": more names, not given.</param>
public sealed record ReferenceName(string? Given, string Family, bool IsOthers = false)
{
    /// <summary>The given names as initials: "David J. C." gives "D.J.C.".</summary>
    public string Initials => new BibName(Given, Family, IsOthers).Initials;
}

/// <summary>
/// One entry of a bibliography, with the fields the author–date style shows, as plain text (the BibTeX
/// reader has resolved macros, crossrefs and LaTeX). <see cref="Type"/> is the BibTeX entry type, lower case.
/// </summary>
public sealed record BibliographyEntry(
    string Key,
    string Type,
    ValueList<ReferenceName> Authors,
    ValueList<ReferenceName> Editors,
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
    internal static BibliographyEntry From(BibRecord record)
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
        return new BibliographyEntry(
            record.Key,
            type,
            Names(record, "author"),
            Names(record, "editor"),
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

    private static ValueList<ReferenceName> Names(BibRecord record, string field) =>
        record.Names(field).Select(n => new ReferenceName(n.Given, n.Family, n.IsOthers)).ToValueList();

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
                return doi[prefix.Length..];
            }
        }

        return doi;
    }
}

/// <summary>The entries a talk cites, in the order first cited, from the <c>.bib</c> files it names.</summary>
public sealed record Bibliography(ValueList<BibliographyEntry> Entries)
{
    /// <summary>No entries.</summary>
    public static Bibliography Empty { get; } = new(ValueList<BibliographyEntry>.Empty);

    /// <summary>The entry with <paramref name="key"/>, or null.</summary>
    public BibliographyEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);
}
