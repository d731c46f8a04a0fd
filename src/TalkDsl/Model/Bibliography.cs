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
    internal static BibliographyEntry From(BibReference reference) => new(
        reference.Key,
        reference.Type,
        Names(reference.Authors),
        Names(reference.Editors),
        reference.Title,
        reference.Container,
        reference.Year,
        reference.Volume,
        reference.Pages,
        reference.Publisher,
        reference.Place,
        reference.Genre,
        reference.Doi,
        reference.Url);

    private static ValueList<ReferenceName> Names(BibNameList names) =>
        names.Select(n => new ReferenceName(n.Given, n.Family, n.IsOthers)).ToValueList();
}

/// <summary>The entries a talk cites, in the order first cited, from the <c>.bib</c> files it names.</summary>
public sealed record Bibliography(ValueList<BibliographyEntry> Entries)
{
    /// <summary>No entries.</summary>
    public static Bibliography Empty { get; } = new(ValueList<BibliographyEntry>.Empty);

    /// <summary>The entry with <paramref name="key"/>, or null.</summary>
    public BibliographyEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);
}
